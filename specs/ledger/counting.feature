@ledger @R-4.6
Feature: Setting stock to a counted quantity
  After counting a location the merchant records what is there; the ledger records the difference and
  the new quantity, for a reason. For serial-numbered products the count names every serial number
  found, and the ledger records which were found and which are missing. Counting what the location
  already holds records nothing.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Cycle count" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Rule: A count records the difference and the new quantity

    Scenario: A count above the ledger records the units found
      When the merchant counts 12 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
      Then the count of "SKU-100" in "A-01" of "MAIN" is recorded as 12 units, a change of 2, because "Cycle count"
      And "SKU-100" has 12 units on hand in "A-01" of "MAIN"

    Scenario: A count below the ledger records the units missing
      When the merchant counts 7 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
      Then the count of "SKU-100" in "A-01" of "MAIN" is recorded as 7 units, a change of -3, because "Cycle count"

    Scenario: A count of zero empties the location
      When the merchant counts 0 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
      Then the count of "SKU-100" in "A-01" of "MAIN" is recorded as 0 units, a change of -10, because "Cycle count"
      And "SKU-100" has 0 units on hand in all

    Scenario: Counting an empty location records the units found
      When the merchant counts 3 units of "SKU-100" in "A-02" of "MAIN" because "Cycle count"
      Then the count of "SKU-100" in "A-02" of "MAIN" is recorded as 3 units, a change of 3, because "Cycle count"
      And "SKU-100" has 13 units on hand in all

    Scenario: Counting what the location holds records nothing
      When the merchant counts 10 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
      Then the command is accepted
      And nothing is recorded

    Scenario: Counting zero in an empty location records nothing
      When the merchant counts 0 units of "SKU-100" in "A-02" of "MAIN" because "Cycle count"
      Then the command is accepted
      And nothing is recorded

    Scenario: A negative count is refused
      When the merchant counts -1 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
      Then the command is refused because a command moves between 0 and 1000000000000 units, not -1
      And nothing is recorded

    @R-4.1
    Scenario: A count for a deactivated reason is refused
      Given the reason "Cycle count" was deactivated
      When the merchant counts 12 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
      Then the command is refused because the reason "Cycle count" is no longer active
      And nothing is recorded

  @serial
  Rule: A count of serial-numbered stock names every serial number there

    @R-4.4
    Scenario: A count that finds one serial number in place of another records both
      Given the product "KETTLE" tracked by serial exists
      And the units of "KETTLE" numbered "SN-1, SN-2" are on hand in "A-01" of "MAIN"
      When the merchant counts 2 units of "KETTLE" numbered "SN-1, SN-3" in "A-01" of "MAIN" because "Cycle count"
      Then the count of "KETTLE" in "A-01" of "MAIN" is recorded as 2 units, a change of 0, because "Cycle count", finding "SN-3" and missing "SN-2"

    @R-4.4
    Scenario: A count that finds every serial number in place records nothing
      Given the product "KETTLE" tracked by serial exists
      And the units of "KETTLE" numbered "SN-1, SN-2" are on hand in "A-01" of "MAIN"
      When the merchant counts 2 units of "KETTLE" numbered "SN-2, SN-1" in "A-01" of "MAIN" because "Cycle count"
      Then the command is accepted
      And nothing is recorded

    @R-4.4
    Scenario: A count of zero reports every serial number there as missing
      Given the product "KETTLE" tracked by serial exists
      And the units of "KETTLE" numbered "SN-1, SN-2" are on hand in "A-01" of "MAIN"
      When the merchant counts 0 units of "KETTLE" in "A-01" of "MAIN" because "Cycle count"
      Then the count of "KETTLE" in "A-01" of "MAIN" is recorded as 0 units, a change of -2, because "Cycle count", finding "" and missing "SN-1, SN-2"

    @R-4.4
    Scenario: A count of serial-numbered stock must name as many serial numbers as units
      Given the product "KETTLE" tracked by serial exists
      And the units of "KETTLE" numbered "SN-1, SN-2" are on hand in "A-01" of "MAIN"
      When the merchant counts 3 units of "KETTLE" numbered "SN-1, SN-2" in "A-01" of "MAIN" because "Cycle count"
      Then the command is refused because 3 units of "KETTLE" came with 2 serial numbers
      And nothing is recorded

  @lot
  Rule: A count of lot-tracked stock sets one lot and leaves the others

    @R-4.5
    Scenario: Counting one lot leaves the other lot in the location as it was
      Given the product "HONEY" tracked by lot exists
      And the lot "L-1" of "HONEY" is on record
      And the lot "L-2" of "HONEY" is on record
      And 5 units of lot "L-1" of "HONEY" are on hand in "A-01" of "MAIN"
      And 3 units of lot "L-2" of "HONEY" are on hand in "A-01" of "MAIN"
      When the merchant counts 4 units of lot "L-1" of "HONEY" in "A-01" of "MAIN" because "Cycle count"
      Then the count of lot "L-1" of "HONEY" in "A-01" of "MAIN" is recorded as 4 units, a change of -1, because "Cycle count"
      And "HONEY" has 7 units on hand in "A-01" of "MAIN"
