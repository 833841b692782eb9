@ledger @R-4.6
Feature: Setting stock to a counted quantity
  After counting a location the merchant records what is there; the ledger records the difference and
  the new quantity, for a reason. Counting what the location already holds records nothing.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Cycle count" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Scenario: A count above the ledger records the units found
    When the merchant counts 12 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
    Then the count of "SKU-100" in "A-01" of "MAIN" is recorded as 12 units, a change of 2, because "Cycle count"
    And "SKU-100" has 12 units on hand in "A-01" of "MAIN"

  Scenario: A count of zero empties the location
    When the merchant counts 0 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
    Then the count of "SKU-100" in "A-01" of "MAIN" is recorded as 0 units, a change of -10, because "Cycle count"
    And "SKU-100" has 0 units on hand in all

  Scenario: Counting what the location holds records nothing
    When the merchant counts 10 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
    Then the command is accepted
    And nothing is recorded

  Scenario: Counting an empty location records the units found
    When the merchant counts 3 units of "SKU-100" in "A-02" of "MAIN" because "Cycle count"
    Then the count of "SKU-100" in "A-02" of "MAIN" is recorded as 3 units, a change of 3, because "Cycle count"
    And "SKU-100" has 13 units on hand in all

  Scenario: A negative count is refused
    When the merchant counts -1 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
    Then the command is refused with InvalidQuantity
    And nothing is recorded
