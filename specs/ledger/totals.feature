@ledger @R-4.7
Feature: Totals add up across locations and products
  The stock a merchant sees for a product is the sum of what each of its locations holds, per
  warehouse and in all, and what a location holds is the sum over the products in it. Every change
  moves those totals together; a refused change moves none of them.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And the warehouse "EAST" exists
    And a pick location "E-01" in "EAST"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And a reason "Cycle count" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 4 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 6 units of "SKU-100" are on hand in "E-01" of "EAST"

  Scenario: A product's totals are the sums over its locations and warehouses
    When the merchant adds 5 units of "SKU-100" to "A-02" of "MAIN" because "Received"
    Then 5 units of "SKU-100" are recorded as added to "A-02" of "MAIN" because "Received"
    And "SKU-100" has 9 units on hand in the warehouse "MAIN"
    And "SKU-100" has 6 units on hand in the warehouse "EAST"
    And "SKU-100" has 15 units on hand in all

  Scenario: A location's total is the sum over the products in it
    When the merchant adds 3 units of "SKU-200" to "A-01" of "MAIN" because "Received"
    Then 3 units of "SKU-200" are recorded as added to "A-01" of "MAIN" because "Received"
    And the location "A-01" of "MAIN" holds 7 units of all products
    And "SKU-100" has 10 units on hand in all

  Scenario: A count changes the totals by the difference it records
    When the merchant counts 1 unit of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
    Then the count of "SKU-100" in "A-01" of "MAIN" is recorded as 1 unit, a change of -3, because "Cycle count"
    And "SKU-100" has 1 unit on hand in the warehouse "MAIN"
    And "SKU-100" has 7 units on hand in all

  Scenario: Moving every unit out of a location leaves the totals as they were
    When the merchant moves 4 units of "SKU-100" from "A-01" to "A-02" of "MAIN"
    Then 4 units of "SKU-100" are recorded as moved from "A-01" to "A-02" of "MAIN"
    And the location "A-01" of "MAIN" holds 0 units of all products
    And "SKU-100" has 4 units on hand in the warehouse "MAIN"
    And "SKU-100" has 10 units on hand in all

  Scenario: A refused removal leaves every total as it was
    When the merchant removes 5 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
    Then the command is refused because only 4 units of "SKU-100" are in "A-01" of "MAIN"
    And "SKU-100" has 4 units on hand in the warehouse "MAIN"
    And "SKU-100" has 10 units on hand in all
