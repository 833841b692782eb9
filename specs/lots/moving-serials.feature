@lots @serial @R-12.5
Feature: Moving one serial-numbered unit
  A picker who finds a serial-numbered unit on the wrong shelf scans it and the shelf it goes to; the
  system knows where it was. Moving it where it already is changes nothing. Taking it to another
  warehouse is a transfer, not a move.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And the warehouse "EAST" exists
    And a pick location "E-01" in "EAST"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And the product "SKU-400" tracked by serial exists
    And the serials "SN-1 and SN-2" of "SKU-400" are on hand in "A-01" of "MAIN"

  Rule: One serial moves within its warehouse without naming where it is

    Scenario: A serial moves to another location of its warehouse
      When the merchant moves the serial "SN-1" of "SKU-400" to "A-02" of "MAIN"
      Then the serial "SN-1" of "SKU-400" is recorded as moved from "A-01" to "A-02" of "MAIN"
      And the serial "SN-1" of "SKU-400" is listed in "A-02" of "MAIN"
      And "SKU-400" has 1 unit on hand in "A-01" of "MAIN"
      And "SKU-400" has 1 unit on hand in "A-02" of "MAIN"

    Scenario: The last serial of a location moves out and leaves it empty
      Given the serial "SN-2" of "SKU-400" was removed from "A-01" of "MAIN" because "Damaged"
      When the merchant moves the serial "sn-1" of "SKU-400" to "A-02" of "MAIN"
      Then the serial "SN-1" of "SKU-400" is recorded as moved from "A-01" to "A-02" of "MAIN"
      And "SKU-400" has 0 units on hand in "A-01" of "MAIN"

    Scenario: Moving a serial where it already is changes nothing
      When the merchant moves the serial "SN-1" of "SKU-400" to "A-01" of "MAIN"
      Then the command is accepted
      And nothing is recorded

  Rule: Only a serial on hand moves, within its warehouse, between unlocked locations

    Scenario: A serial that is not on hand anywhere can't move
      Given the serials "SN-9" of "SKU-400" are registered
      When the merchant moves the serial "SN-9" of "SKU-400" to "A-02" of "MAIN"
      Then the command is refused because the serial "SN-9" of "SKU-400" is not on hand anywhere
      And nothing is recorded

    Scenario: A serial that was removed can't move
      Given the serial "SN-2" of "SKU-400" was removed from "A-01" of "MAIN" because "Damaged"
      When the merchant moves the serial "SN-2" of "SKU-400" to "A-02" of "MAIN"
      Then the command is refused because the serial "SN-2" of "SKU-400" is not on hand anywhere

    Scenario: A serial moves to another warehouse only by transfer
      When the merchant moves the serial "SN-1" of "SKU-400" to "E-01" of "EAST"
      Then the command is refused because the serial "SN-1" of "SKU-400" is in "MAIN", not "EAST", and needs a transfer
      And nothing is recorded

    Scenario: A serial in a locked location can't move out
      Given the location "A-01" of "MAIN" is locked
      When the merchant moves the serial "SN-1" of "SKU-400" to "A-02" of "MAIN"
      Then the command is refused because the location "A-01" of "MAIN" is locked
      And nothing is recorded

    Scenario: A serial can't move into a locked location
      Given the location "A-02" of "MAIN" is locked
      When the merchant moves the serial "SN-1" of "SKU-400" to "A-02" of "MAIN"
      Then the command is refused because the location "A-02" of "MAIN" is locked

    Scenario: A serial can't move to a location that does not exist
      When the merchant moves the serial "SN-1" of "SKU-400" to "Z-99" of "MAIN"
      Then the command is refused because there is no location "Z-99" in "MAIN"

    Scenario: Only a serial-tracked product moves by serial
      Given the product "SKU-100" exists
      When the merchant moves the serial "SN-1" of "SKU-100" to "A-02" of "MAIN"
      Then the command is refused because "SKU-100" is not tracked by serial
