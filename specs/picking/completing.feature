@picking @R-8.8
Feature: Completing a picklist
  A picklist is done when every line is picked or shorted; completing it closes it to further picks,
  shorts and assignments (checking and packing still follow). Completing a completed picklist changes
  nothing.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 10 units of "SKU-200" are on hand in "A-01" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 3 units of "SKU-100"
    And the sale "S-2" from "SHOP" was imported with 2 units of "SKU-200"
    And a picklist "P-1" in "MAIN" lists:
      | sku     | quantity | sale |
      | SKU-100 | 3        | S-1  |
      | SKU-200 | 2        | S-2  |

  Scenario: A picklist with every line picked is completed
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 2 units of "SKU-200" for sale "S-2" were picked on picklist "P-1" from "A-01"
    When the picker completes the picklist "P-1"
    Then the picklist "P-1" is recorded as completed
    And the picklist "P-1" is listed as completed

  Scenario: A picklist with lines picked in part and shorted for the rest is completed
    Given 2 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 1 unit of "SKU-100" for sale "S-1" was shorted on picklist "P-1"
    And 2 units of "SKU-200" for sale "S-2" were shorted on picklist "P-1"
    When the picker completes the picklist "P-1"
    Then the picklist "P-1" is recorded as completed

  Scenario: A picklist with one unit left is not finished
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 1 unit of "SKU-200" for sale "S-2" was picked on picklist "P-1" from "A-01"
    When the picker completes the picklist "P-1"
    Then the picklist can't be completed because the line for "SKU-200" for sale "S-2" still needs 1 unit
    And nothing is recorded
    And the picklist "P-1" is listed as open

  Scenario: A picklist nobody has started is not finished
    When the picker completes the picklist "P-1"
    Then the picklist can't be completed because the line for "SKU-100" for sale "S-1" still needs 3 units

  Scenario: Completing a completed picklist changes nothing
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 2 units of "SKU-200" for sale "S-2" were picked on picklist "P-1" from "A-01"
    And the picklist "P-1" was completed
    When the picker completes the picklist "P-1"
    Then the command is accepted
    And nothing is recorded

  Scenario: A completed picklist takes no more picks
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 2 units of "SKU-200" for sale "S-2" were shorted on picklist "P-1"
    And the picklist "P-1" was completed
    When the picker picks 1 unit of "SKU-200" for sale "S-2" on picklist "P-1" from "A-01"
    Then the command is refused because the picklist "P-1" is completed
    And nothing is recorded

  @R-8.1
  Scenario: A picklist that does not exist can't be completed
    When the picker completes the picklist "P-404"
    Then the command is refused because there is no picklist "P-404"
