@lots @serial @R-12.4
Feature: A serial is in one place at a time
  A serial number names one physical unit, so it can't be on two shelves at once: it is added only when
  it is not on hand anywhere, and taken only from the location that holds it. A unit that left (sold,
  scrapped) may come back under its serial.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And the product "SKU-400" tracked by serial exists
    And the serials "SN-1 and SN-2" of "SKU-400" are on hand in "A-01" of "MAIN"

  Rule: A serial is added only when it is on hand nowhere

    Scenario: A new serial is added to a location
      When the merchant adds the serial "SN-3" of "SKU-400" to "A-02" of "MAIN" because "Received"
      Then the serial "SN-3" of "SKU-400" is recorded as added to "A-02" of "MAIN" because "Received"
      And "SKU-400" has 3 units on hand in all

    Scenario: A serial on hand in another location can't be added
      When the merchant adds the serial "SN-1" of "SKU-400" to "A-02" of "MAIN" because "Received"
      Then the command is refused because the serial "SN-1" of "SKU-400" is already on hand in "A-01" of "MAIN"
      And nothing is recorded

    Scenario: A serial can't be added again where it already is
      When the merchant adds the serials "SN-3 and sn-2" of "SKU-400" to "A-01" of "MAIN" because "Received"
      Then the command is refused because the serial "SN-2" of "SKU-400" is already on hand in "A-01" of "MAIN"
      And nothing is recorded

    Scenario: A serial that was removed may come back
      Given the serial "SN-2" of "SKU-400" was removed from "A-01" of "MAIN" because "Damaged"
      When the merchant adds the serial "SN-2" of "SKU-400" to "A-02" of "MAIN" because "Received"
      Then the serial "SN-2" of "SKU-400" is recorded as added to "A-02" of "MAIN" because "Received"
      And the serial "SN-2" of "SKU-400" is listed in "A-02" of "MAIN"

    Scenario: A serial on its way to another warehouse can't be added to a location
      Given the warehouse "EAST" exists
      And the serial "SN-1" of "SKU-400" left "A-01" of "MAIN" on a transfer to "EAST"
      When the merchant adds the serial "SN-1" of "SKU-400" to "A-02" of "MAIN" because "Received"
      Then the command is refused because the serial "SN-1" of "SKU-400" is in transit and can't be added to a location
      And nothing is recorded

  Rule: A serial is taken only from where it is

    Scenario: A serial is removed from the location that holds it
      When the merchant removes the serial "SN-2" of "SKU-400" from "A-01" of "MAIN" because "Damaged"
      Then the serial "SN-2" of "SKU-400" is recorded as removed from "A-01" of "MAIN" because "Damaged"
      And the serial "SN-2" of "SKU-400" is listed as not in stock
      And "SKU-400" has 1 unit on hand in "A-01" of "MAIN"

    Scenario: The last serial of a location is removed
      Given the serial "SN-2" of "SKU-400" was removed from "A-01" of "MAIN" because "Damaged"
      When the merchant removes the serial "SN-1" of "SKU-400" from "A-01" of "MAIN" because "Damaged"
      Then the serial "SN-1" of "SKU-400" is recorded as removed from "A-01" of "MAIN" because "Damaged"
      And "SKU-400" has 0 units on hand in all

    Scenario: A serial can't be taken from a location that does not hold it
      Given the serials "SN-3" of "SKU-400" are on hand in "A-02" of "MAIN"
      When the merchant removes the serial "SN-3" of "SKU-400" from "A-01" of "MAIN" because "Damaged"
      Then the command is refused because the serial "SN-3" of "SKU-400" is not in "A-01" of "MAIN"
      And nothing is recorded

    Scenario: A serial that is not in stock can't be taken
      Given the serials "SN-9" of "SKU-400" are registered
      When the merchant removes the serial "SN-9" of "SKU-400" from "A-01" of "MAIN" because "Damaged"
      Then the command is refused because the serial "SN-9" of "SKU-400" is not in "A-01" of "MAIN"
