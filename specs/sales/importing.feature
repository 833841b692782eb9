@sales @R-6.1
Feature: Importing sales from the channels
  Every channel (a web shop, a marketplace) sends its sales again and again: on a timer, after a web hook,
  when someone presses "sync". A sale is known by its channel and the channel's own id, without regard to
  capitals. The first sync imports it; a later one records only what changed (lines, then status) and
  nothing when nothing did. Its priority and order date are fixed when it is imported.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Rule: The first sync imports the sale

    Scenario: A new sale is imported and its units are pending
      When "Shopify" syncs the sale "1001" with 3 units of "SKU-100"
      Then the sale "1001" from "Shopify" is recorded as imported:
        | sku     | quantity |
        | SKU-100 | 3        |
      And "SKU-100" has 3 units pending for sales
      And "SKU-100" has 7 units available
      And the sale "1001" from "Shopify" is listed as open

    Scenario: A sale is dated by the clock when the channel gives no date
      Given the clock reads 2026-03-01 09:00
      When "Shopify" syncs the sale "1001" with 3 units of "SKU-100"
      Then the sale "1001" from "Shopify" is recorded as imported:
        | sku     | quantity |
        | SKU-100 | 3        |
      And the new events are recorded at 2026-03-01 09:00

    Scenario: The channel's priority and order date are kept
      When "Shopify" syncs the urgent priority sale "1001" ordered at 2026-02-28 17:30 with 2 units of "SKU-100"
      Then the urgent priority sale "1001" from "Shopify" ordered at 2026-02-28 17:30 is recorded with 2 units of "SKU-100"

    Scenario: A sale first seen awaiting payment is imported with its status
      When "Shopify" syncs the sale "1001" as awaiting payment with 3 units of "SKU-100"
      Then the sale "1001" from "Shopify" is recorded as imported as awaiting payment:
        | sku     | quantity |
        | SKU-100 | 3        |
      And "SKU-100" has 3 units pending for sales

    Scenario: The same id from another channel is another sale
      Given a channel "eBay" exists
      And the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
      When "eBay" syncs the sale "1001" with 2 units of "SKU-100"
      Then the sale "1001" from "eBay" is recorded as imported:
        | sku     | quantity |
        | SKU-100 | 2        |
      And "SKU-100" has 5 units pending for sales

    Scenario: The channel and id are recorded as the channel was first written
      When "SHOPIFY" syncs the sale "1001" with 1 unit of "SKU-100"
      Then the sale "1001" from "Shopify" is recorded as imported:
        | sku     | quantity |
        | SKU-100 | 1        |

    Scenario: A sale first seen already cancelled records nothing
      When "Shopify" syncs the sale "1001" as cancelled with 3 units of "SKU-100"
      Then the command is accepted
      And nothing is recorded
      And "SKU-100" has 0 units pending for sales

    Scenario: A sale id of 64 characters is accepted
      When "Shopify" syncs a sale with an id of 64 characters with 1 unit of "SKU-100"
      Then a sale with an id of 64 characters from "Shopify" is recorded with 1 unit of "SKU-100"

    Scenario Outline: A sale id of <length> characters is refused
      When "Shopify" syncs a sale with an id of <length> characters with 1 unit of "SKU-100"
      Then the sale is refused because a sale id from "Shopify" is 1 to 64 characters, not <length>
      And nothing is recorded

      Examples:
        | length |
        | 0      |
        | 65     |

    Scenario: A channel that does not exist is refused
      When "Amazon" syncs the sale "1001" with 3 units of "SKU-100"
      Then the command is refused because there is no channel named "Amazon"
      And nothing is recorded

    Scenario: A channel no longer in use is refused
      Given the channel "Shopify" was deactivated
      When "Shopify" syncs the sale "1001" with 3 units of "SKU-100"
      Then the command is refused because the channel "Shopify" is no longer active
      And nothing is recorded

  Rule: A later sync records only what changed

    Background:
      Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"

    Scenario: The same sale synced again changes nothing
      When "Shopify" syncs the sale "1001" with 3 units of "SKU-100"
      Then the command is accepted
      And nothing is recorded
      And "SKU-100" has 3 units pending for sales

    Scenario: The sale is recognised whatever the capitals of its channel and id
      Given the sale "A-77" from "Shopify" was imported with 1 unit of "SKU-100"
      When "shopify" syncs the sale "a-77" with 1 unit of "SKU-100"
      Then the command is accepted
      And nothing is recorded

    Scenario: A new status alone is recorded as a status change
      When "Shopify" syncs the sale "1001" as awaiting payment with 3 units of "SKU-100"
      Then the sale "1001" from "Shopify" is recorded as awaiting payment instead of open
      And "SKU-100" has 3 units pending for sales

    Scenario: New lines and a new status are recorded lines first
      When "Shopify" syncs the sale "1001" as on hold with 5 units of "SKU-100"
      Then the lines of the sale "1001" from "Shopify" are recorded as changed, then its status from open to on hold:
        | sku     | quantity |
        | SKU-100 | 5        |
      And "SKU-100" has 5 units pending for sales

    Scenario: Priority and order date can't change after import
      When "Shopify" syncs the urgent priority sale "1001" ordered at 2026-01-01 08:00 with 3 units of "SKU-100"
      Then the command is accepted
      And nothing is recorded
