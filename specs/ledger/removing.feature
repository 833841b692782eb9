@ledger @R-4.2
Feature: Removing stock
  Units leave a location for a reason (damaged, lost, used). A location never holds fewer than zero
  units, so the ledger refuses to remove more than is there, and says how many are.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Scenario: Some units are removed
    When the merchant removes 3 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
    Then 3 units of "SKU-100" are recorded as removed from "A-01" of "MAIN" because "Damaged"
    And "SKU-100" has 7 units on hand in "A-01" of "MAIN"

  Scenario: Exactly the last units are removed
    When the merchant removes 10 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
    Then 10 units of "SKU-100" are recorded as removed from "A-01" of "MAIN" because "Damaged"
    And "SKU-100" has 0 units on hand in all

  Scenario: One unit more than the location holds is refused
    When the merchant removes 11 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
    Then the command is refused because only 10 units of "SKU-100" are in "A-01" of "MAIN"
    And nothing is recorded
    And "SKU-100" has 10 units on hand in "A-01" of "MAIN"

  Scenario: Stock in another location of the warehouse does not count
    When the merchant removes 1 unit of "SKU-100" from "A-02" of "MAIN" because "Damaged"
    Then the command is refused because only 0 units of "SKU-100" are in "A-02" of "MAIN"
