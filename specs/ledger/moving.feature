@ledger
Feature: Moving stock between locations
  Units are moved from one location to another of the same warehouse, say from overflow to a pick
  face. A move changes where the units are, not how many the business has, so it needs no reason; the
  units keep their lot and serial numbers. Stock goes to another warehouse by a transfer, not a move.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Rule: A move is between two locations of one warehouse and keeps the units as they are

    @R-4.8
    Scenario: Units move and the total stays the same
      When the merchant moves 4 units of "SKU-100" from "A-01" to "A-02" of "MAIN"
      Then 4 units of "SKU-100" are recorded as moved from "A-01" to "A-02" of "MAIN"
      And "SKU-100" has 6 units on hand in "A-01" of "MAIN"
      And "SKU-100" has 4 units on hand in "A-02" of "MAIN"
      And "SKU-100" has 10 units on hand in all

    @R-4.8
    Scenario: Every unit of a location may move
      When the merchant moves 10 units of "SKU-100" from "A-01" to "A-02" of "MAIN"
      Then 10 units of "SKU-100" are recorded as moved from "A-01" to "A-02" of "MAIN"
      And "SKU-100" has 0 units on hand in "A-01" of "MAIN"
      And "SKU-100" has 10 units on hand in "A-02" of "MAIN"

    @R-4.8
    Scenario: A move to the location the units are in is refused
      When the merchant moves 1 unit of "SKU-100" from "A-01" to "A-01" of "MAIN"
      Then the command is refused because the units are already in "A-01"
      And nothing is recorded

    @R-4.8
    Scenario: A move to the same location written in other capitals is refused
      When the merchant moves 1 unit of "SKU-100" from "A-01" to "a-01" of "MAIN"
      Then the command is refused because the units are already in "A-01"

    @R-4.8
    Scenario: A location of another warehouse is out of a move's reach
      Given the warehouse "EAST" exists
      And a pick location "E-01" in "EAST"
      When the merchant moves 1 unit of "SKU-100" from "A-01" to "E-01" of "MAIN"
      Then the command is refused because there is no location "E-01" in "MAIN"
      And nothing is recorded

    @R-4.8 @R-4.5 @lot
    Scenario: Moved units keep their lot
      Given the product "HONEY" tracked by lot exists
      And the lot "L-1" of "HONEY" is on record
      And 4 units of lot "L-1" of "HONEY" are on hand in "A-01" of "MAIN"
      When the merchant moves 4 units of lot "L-1" of "HONEY" from "A-01" to "A-02" of "MAIN"
      Then 4 units of lot "L-1" of "HONEY" are recorded as moved from "A-01" to "A-02" of "MAIN"
      And "HONEY" has 4 units on hand in "A-02" of "MAIN"

    @R-4.8 @R-4.4 @serial
    Scenario: Moved units keep their serial numbers
      Given the product "KETTLE" tracked by serial exists
      And the units of "KETTLE" numbered "SN-1, SN-2" are on hand in "A-01" of "MAIN"
      When the merchant moves 1 unit of "KETTLE" numbered "SN-2" from "A-01" to "A-02" of "MAIN"
      Then 1 unit of "KETTLE" numbered "SN-2" is recorded as moved from "A-01" to "A-02" of "MAIN"
      And "KETTLE" has 1 unit on hand in "A-02" of "MAIN"

    @R-4.8 @R-4.4 @serial
    Scenario: A serial number that is not in the location can't be moved from it
      Given the product "KETTLE" tracked by serial exists
      And the units of "KETTLE" numbered "SN-1, SN-2" are on hand in "A-01" of "MAIN"
      And the units of "KETTLE" numbered "SN-7" are on hand in "A-02" of "MAIN"
      When the merchant moves 1 unit of "KETTLE" numbered "SN-7" from "A-01" to "A-02" of "MAIN"
      Then the command is refused because the serial number "SN-7" of "KETTLE" is not in "A-01" of "MAIN"
      And nothing is recorded

  Rule: A move takes only units that are there

    @R-4.2
    Scenario: Moving more than the location holds is refused
      When the merchant moves 11 units of "SKU-100" from "A-01" to "A-02" of "MAIN"
      Then the command is refused because only 10 units of "SKU-100" are in "A-01" of "MAIN"
      And nothing is recorded

    @R-4.3
    Scenario: Moving no units is refused
      When the merchant moves 0 units of "SKU-100" from "A-01" to "A-02" of "MAIN"
      Then the command is refused because a command moves between 1 and 1000000000000 units, not 0

    @R-3.3
    Scenario: A move to a location that does not exist is refused
      When the merchant moves 1 unit of "SKU-100" from "A-01" to "B-07" of "MAIN"
      Then the command is refused because there is no location "B-07" in "MAIN"
