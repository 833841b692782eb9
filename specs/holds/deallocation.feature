@holds @R-7.5
Feature: Taking an allocation back
  The merchant takes a sale's allocation back to give its stock to a more pressing sale; the sale's units
  stay pending, it just loses its place in the promise. Cancelling a sale, or changing its lines, drops
  its allocation too.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"

  Scenario: An allocation taken back leaves the units pending
    Given the sale "1001" from "Shopify" was allocated
    When the merchant deallocates the sale "1001" from "Shopify"
    Then the sale "1001" from "Shopify" is recorded as deallocated
    And the sale "1001" from "Shopify" is listed as not allocated
    And "SKU-100" has 3 units pending for sales
    And "SKU-100" has 7 units available

  Scenario: Taking back the allocation of a sale that has none changes nothing
    When the merchant deallocates the sale "1001" from "Shopify"
    Then the command is accepted
    And nothing is recorded

  Scenario: Cancelling an allocated sale drops its allocation
    Given the sale "1001" from "Shopify" was allocated
    When the merchant cancels the sale "1001" from "Shopify"
    Then the sale "1001" from "Shopify" is recorded as cancelled, releasing:
      | sku     | quantity |
      | SKU-100 | 3        |
    And the sale "1001" from "Shopify" is listed as not allocated

  Scenario: A cancelled sale has no allocation left to take back
    Given the sale "1001" from "Shopify" was allocated
    And the sale "1001" from "Shopify" was cancelled
    When the merchant deallocates the sale "1001" from "Shopify"
    Then the command is accepted
    And nothing is recorded

  Scenario: The allocation of a sale that was never imported can't be taken back
    When the merchant deallocates the sale "9999" from "Shopify"
    Then the command is refused because there is no sale "9999" from "Shopify"
    And nothing is recorded
