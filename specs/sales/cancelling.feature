@sales @R-6.6
Feature: Cancelling a sale releases its stock
  A cancelled sale no longer needs its units: what was reserved and not picked is released from Pending
  and is available again. A sale is cancelled by the merchant, or by the channel when it syncs the sale as
  cancelled; cancelling it again changes nothing.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 10 units of "SKU-200" are on hand in "A-01" of "MAIN"

  Scenario: Cancelling a sale makes its units available again
    Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    When the merchant cancels the sale "1001" from "Shopify"
    Then the sale "1001" from "Shopify" is recorded as cancelled, releasing:
      | sku     | quantity |
      | SKU-100 | 3        |
    And "SKU-100" has 0 units pending for sales
    And "SKU-100" has 10 units available
    And the sale "1001" from "Shopify" is listed as cancelled

  Scenario: A sale of several products releases each of them
    Given the sale "1001" from "Shopify" was imported with:
      | sku     | quantity |
      | SKU-200 | 4        |
      | SKU-100 | 3        |
    When the merchant cancels the sale "1001" from "Shopify"
    Then the sale "1001" from "Shopify" is recorded as cancelled, releasing:
      | sku     | quantity |
      | SKU-100 | 3        |
      | SKU-200 | 4        |

  Scenario: The channel cancels a sale by syncing it as cancelled
    Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    When "Shopify" syncs the sale "1001" as cancelled with 3 units of "SKU-100"
    Then the sale "1001" from "Shopify" is recorded as cancelled, releasing:
      | sku     | quantity |
      | SKU-100 | 3        |

  Scenario: Setting the status to cancelled cancels the sale
    Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    And the sale "1001" from "Shopify" was set to on hold
    When the merchant sets the status of the sale "1001" from "Shopify" to cancelled
    Then the sale "1001" from "Shopify" is recorded as cancelled, releasing:
      | sku     | quantity |
      | SKU-100 | 3        |
    And "SKU-100" has 10 units available

  Scenario: Cancelling an oversold sale clears the backorder
    Given the sale "1001" from "Shopify" was imported with 12 units of "SKU-100"
    When the merchant cancels the sale "1001" from "Shopify"
    Then the sale "1001" from "Shopify" is recorded as cancelled, releasing:
      | sku     | quantity |
      | SKU-100 | 12       |
    And "SKU-100" is oversold by 0 units

  Scenario: Cancelling one sale leaves the others reserved
    Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    And the sale "1002" from "Shopify" was imported with 1 unit of "SKU-100"
    When the merchant cancels the sale "1002" from "Shopify"
    Then the sale "1002" from "Shopify" is recorded as cancelled, releasing:
      | sku     | quantity |
      | SKU-100 | 1        |
    And "SKU-100" has 3 units pending for sales

  Scenario: Cancelling a cancelled sale changes nothing
    Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    And the sale "1001" from "Shopify" was cancelled
    When the merchant cancels the sale "1001" from "Shopify"
    Then the command is accepted
    And nothing is recorded

  Scenario: A sale that was never imported can't be cancelled
    When the merchant cancels the sale "9999" from "Shopify"
    Then the command is refused because there is no sale "9999" from "Shopify"
    And nothing is recorded

  Rule: Units already picked are not released but listed to unpick

    The picked units are in a tote, not in a location: cancelling leaves them picked and lists them, so the
    warehouse puts them back (area 9) instead of the stock figures pretending they are on the shelf.

    Background:
      Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
      And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "1001"

    Scenario: A cancelled sale lists its picked units to unpick and releases the rest
      Given 1 unit of "SKU-100" for sale "1001" was picked on picklist "P-1" from "A-01"
      When the merchant cancels the sale "1001" from "Shopify"
      Then the sale "1001" from "Shopify" is recorded as cancelled, leaving picked units to unpick:
        | sku     | released | to unpick |
        | SKU-100 | 2        | 1         |
      And "SKU-100" has 0 units pending for sales

    Scenario: A sale picked in full releases nothing and lists every unit to unpick
      Given 3 units of "SKU-100" for sale "1001" were picked on picklist "P-1" from "A-01"
      When the merchant cancels the sale "1001" from "Shopify"
      Then the sale "1001" from "Shopify" is recorded as cancelled, leaving picked units to unpick:
        | sku     | released | to unpick |
        | SKU-100 |          | 3         |
      And "SKU-100" has 0 units pending for sales

    Scenario: Units put back before the cancellation are released, not listed to unpick
      Given 2 units of "SKU-100" for sale "1001" were picked on picklist "P-1" from "A-01"
      And 2 units of "SKU-100" for sale "1001" were put back from picklist "P-1" into "A-01"
      When the merchant cancels the sale "1001" from "Shopify"
      Then the sale "1001" from "Shopify" is recorded as cancelled, leaving picked units to unpick:
        | sku     | released | to unpick |
        | SKU-100 | 3        |           |
