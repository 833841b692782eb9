@picking @R-8.5
Feature: Express picks
  When a SKU sits in exactly one location of the warehouse the picker need not say where it came from:
  the pick takes that location. With the SKU in several locations, or in none, the picker must name one.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And the product "SKU-100" exists
    And the sale "S-1" from "SHOP" was imported with 2 units of "SKU-100"
    And a picklist "P-1" in "MAIN" lists 2 units of "SKU-100" for sale "S-1"

  Scenario: An express pick takes the SKU's one location
    Given 5 units of "SKU-100" are on hand in "A-02" of "MAIN"
    When the picker picks 2 units of "SKU-100" for sale "S-1" on picklist "P-1" without naming a location
    Then 2 units of "SKU-100" for sale "S-1" are recorded as picked on picklist "P-1" from "A-02" of "MAIN", releasing 2 pending
    And "SKU-100" has 3 units on hand in "A-02" of "MAIN"

  Scenario: An express pick is refused when the SKU sits in two locations
    Given 5 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 1 unit of "SKU-100" is on hand in "A-02" of "MAIN"
    When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" without naming a location
    Then the express pick is refused because "SKU-100" sits in 2 locations of "MAIN"
    And nothing is recorded

  Scenario: An express pick is refused when the warehouse has none of the SKU
    Given a warehouse "EAST" with a pick location "B-01"
    And 5 units of "SKU-100" are on hand in "B-01" of "EAST"
    When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" without naming a location
    Then the express pick is refused because "SKU-100" sits in 0 locations of "MAIN"
    And nothing is recorded

  Scenario: Once the second location is emptied the express pick takes the one left
    Given 5 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 1 unit of "SKU-100" is on hand in "A-02" of "MAIN"
    And 1 unit of "SKU-100" was moved from "A-02" to "A-01" of "MAIN"
    When the picker picks 2 units of "SKU-100" for sale "S-1" on picklist "P-1" without naming a location
    Then 2 units of "SKU-100" for sale "S-1" are recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 2 pending

  Scenario: Stock in another warehouse does not make an express pick ambiguous
    Given a warehouse "EAST" with a pick location "B-01"
    And 5 units of "SKU-100" are on hand in "B-01" of "EAST"
    And 4 units of "SKU-100" are on hand in "A-01" of "MAIN"
    When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" without naming a location
    Then 1 unit of "SKU-100" for sale "S-1" is recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 1 pending

  @R-8.3
  Scenario: An express pick still never exceeds the line
    Given 5 units of "SKU-100" are on hand in "A-01" of "MAIN"
    When the picker picks 3 units of "SKU-100" for sale "S-1" on picklist "P-1" without naming a location
    Then the pick is refused because the line for "SKU-100" for sale "S-1" needs only 2 more units
