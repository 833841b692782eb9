@sales @R-6.2
Feature: The lines of a sale
  A sale lists 1 to 100 lines, one per product of the catalog, each of 1 to 1,000,000 units. A channel
  that sells under its own codes names them as alternate SKUs of the product; a code the catalog does
  not know is refused, so that no sale reserves stock of nothing.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 10 units of "SKU-200" are on hand in "A-01" of "MAIN"

  Scenario: A sale of several products reserves each of them
    When "Shopify" syncs the sale "1001":
      | sku     | quantity |
      | SKU-200 | 1        |
      | SKU-100 | 2        |
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku     | quantity |
      | SKU-200 | 1        |
      | SKU-100 | 2        |
    And "SKU-100" has 2 units pending for sales
    And "SKU-200" has 1 unit pending for sales

  Scenario: A channel's own code is recorded as the product it names
    Given the product "SKU-100" is also known as "SHOP-RED-M"
    When "Shopify" syncs the sale "1001" with 2 units of "SHOP-RED-M"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku     | quantity |
      | SKU-100 | 2        |

  Scenario: A line of 1,000,000 units is accepted
    When "Shopify" syncs the sale "1001" with 1000000 units of "SKU-100"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku     | quantity |
      | SKU-100 | 1000000  |

  Scenario: A sale of 100 lines is accepted
    Given the products "N-001" to "N-100" exist
    When "Shopify" syncs the sale "1001" with 100 lines of one unit of the numbered products
    Then the command is accepted
    And "N-100" has 1 unit pending for sales

  Scenario: A sale of 101 lines is refused
    Given the products "N-001" to "N-101" exist
    When "Shopify" syncs the sale "1001" with 101 lines of one unit of the numbered products
    Then the sale is refused because the sale "1001" from "Shopify" would have 101 lines, not 1 to 100
    And nothing is recorded

  Scenario Outline: A line of <quantity> units is refused
    When "Shopify" syncs the sale "1001" with <quantity> units of "SKU-100"
    Then the sale is refused because it may reserve 1 to 1000000 units of "SKU-100", not <quantity>
    And nothing is recorded

    Examples:
      | quantity |
      | 0        |
      | -2       |
      | 1000001  |

  Scenario: A product named on two lines is refused, also under its alternate SKU
    Given the product "SKU-100" is also known as "SHOP-RED-M"
    When "Shopify" syncs the sale "1001":
      | sku        | quantity |
      | SKU-100    | 1        |
      | SHOP-RED-M | 2        |
    Then the sale is refused because "SKU-100" is on more than one line of the sale "1001"
    And nothing is recorded

  Scenario: A code the catalog does not know is refused
    When "Shopify" syncs the sale "1001" with 1 unit of "SHOP-BLUE-XL"
    Then the command is refused because there is no product "SHOP-BLUE-XL"
    And nothing is recorded

  Scenario: A deactivated product can't be sold
    Given the product "SKU-300" exists
    And the product "SKU-300" has been deactivated
    When "Shopify" syncs the sale "1001" with 1 unit of "SKU-300"
    Then the command is refused because the product "SKU-300" is inactive
