@sales @R-6.4
Feature: Sold units are pending and no longer available
  Units a channel sold but nobody has picked yet are Pending: still on the shelf, no longer available to
  sell again. A merchant can't refuse a channel's sale, so a sale short of stock is accepted: Available
  stops at zero and the product shows as oversold by what is missing, a backorder to buy or cancel.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a receiving location "R-01" in "MAIN"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Scenario: A sale takes its units out of Available
    When "Shopify" syncs the sale "1001" with 3 units of "SKU-100"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku     | quantity |
      | SKU-100 | 3        |
    And "SKU-100" has 7 units available
    And "SKU-100" has 10 units on hand in all

  Scenario: Sales add up
    Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    When "Shopify" syncs the sale "1002" with 4 units of "SKU-100"
    Then "SKU-100" has 7 units pending for sales
    And "SKU-100" has 3 units available

  Scenario: Selling the last unit leaves nothing available and nothing oversold
    When "Shopify" syncs the sale "1001" with 10 units of "SKU-100"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku     | quantity |
      | SKU-100 | 10       |
    And "SKU-100" has 0 units available
    And "SKU-100" is oversold by 0 units

  Scenario: A sale short of stock is accepted and shows what is oversold
    When "Shopify" syncs the sale "1001" with 12 units of "SKU-100"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku     | quantity |
      | SKU-100 | 12       |
    And "SKU-100" has 0 units available
    And "SKU-100" is oversold by 2 units

  Scenario: Stock at the receiving dock does not cover a sale
    Given 5 units of "SKU-100" are on hand in "R-01" of "MAIN"
    When "Shopify" syncs the sale "1001" with 12 units of "SKU-100"
    Then "SKU-100" is oversold by 2 units
    And "SKU-100" has 15 units on hand in all

  @R-7.1
  Scenario: Units pending for a sale can't be held for someone else
    Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    When the merchant holds 8 units of "SKU-100" as "H-1"
    Then the hold is refused because only 7 units of "SKU-100" are available, 1 short
    And nothing is recorded
