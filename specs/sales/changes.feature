@sales @R-6.5
Feature: Changing a sale before it is picked
  Customers change their minds and channels send the new lines: the sale is reserved again from scratch
  and any allocation it had is dropped. A status other than cancelled (awaiting payment, on hold) keeps
  the units reserved, because the sale is still a promise to a customer. A cancelled sale is final.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 10 units of "SKU-200" are on hand in "A-01" of "MAIN"
    And the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"

  Rule: New lines replace the reservation

    Scenario: New lines are reserved in place of the old ones
      When "Shopify" syncs the sale "1001":
        | sku     | quantity |
        | SKU-200 | 2        |
        | SKU-100 | 1        |
      Then the lines of the sale "1001" from "Shopify" are recorded as changed:
        | sku     | quantity |
        | SKU-200 | 2        |
        | SKU-100 | 1        |
      And "SKU-100" has 1 unit pending for sales
      And "SKU-200" has 2 units pending for sales

    Scenario: A product the new lines drop is no longer pending
      When "Shopify" syncs the sale "1001" with 2 units of "SKU-200"
      Then the lines of the sale "1001" from "Shopify" are recorded as changed:
        | sku     | quantity |
        | SKU-200 | 2        |
      And "SKU-100" has 0 units pending for sales
      And "SKU-200" has 2 units pending for sales

    @R-7.5
    Scenario: New lines drop the sale's allocation
      Given the sale "1001" from "Shopify" was allocated
      When "Shopify" syncs the sale "1001" with 4 units of "SKU-100"
      Then the lines of the sale "1001" from "Shopify" are recorded as changed:
        | sku     | quantity |
        | SKU-100 | 4        |
      And the sale "1001" from "Shopify" is listed as not allocated

  Rule: Lines change only before any unit is picked

    Once a picker has taken units for the sale, new lines would strand them in a tote: the channel's change
    is refused until they are put back or the sale is cancelled.

    Background:
      Given a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "1001"

    Scenario: New lines are refused once a unit of the sale is picked
      Given 1 unit of "SKU-100" for sale "1001" was picked on picklist "P-1" from "A-01"
      When "Shopify" syncs the sale "1001" with 5 units of "SKU-100"
      Then the change is refused because 1 unit of "SKU-100" was already picked for the sale "1001" from "Shopify"
      And "SKU-100" has 2 units pending for sales

    Scenario: A sale on a picklist with nothing picked yet may still change its lines
      When "Shopify" syncs the sale "1001" with 2 units of "SKU-100"
      Then the lines of the sale "1001" from "Shopify" are recorded as changed:
        | sku     | quantity |
        | SKU-100 | 2        |

    Scenario: Once the picked units are put back, the lines may change again
      Given 1 unit of "SKU-100" for sale "1001" was picked on picklist "P-1" from "A-01"
      And 1 unit of "SKU-100" for sale "1001" was put back from picklist "P-1" into "A-01"
      When "Shopify" syncs the sale "1001" with 2 units of "SKU-100"
      Then the lines of the sale "1001" from "Shopify" are recorded as changed:
        | sku     | quantity |
        | SKU-100 | 2        |

  Rule: A status other than cancelled keeps the units reserved

    Scenario: A sale put on hold keeps its units pending
      When the merchant sets the status of the sale "1001" from "Shopify" to on hold
      Then the sale "1001" from "Shopify" is recorded as on hold instead of open
      And "SKU-100" has 3 units pending for sales
      And the sale "1001" from "Shopify" is listed as on hold

    Scenario: A sale back from awaiting payment is open again
      Given the sale "1001" from "Shopify" was set to awaiting payment
      When the merchant sets the status of the sale "1001" from "Shopify" to open
      Then the sale "1001" from "Shopify" is recorded as open instead of awaiting payment

    Scenario: Setting the status a sale has changes nothing
      When the merchant sets the status of the sale "1001" from "Shopify" to open
      Then the command is accepted
      And nothing is recorded

    Scenario: The status of a sale that was never imported can't be set
      When the merchant sets the status of the sale "9999" from "Shopify" to on hold
      Then the command is refused because there is no sale "9999" from "Shopify"

  Rule: A cancelled sale is final

    Background:
      Given the sale "1001" from "Shopify" was cancelled

    Scenario: A cancelled sale can't be opened again
      When the merchant sets the status of the sale "1001" from "Shopify" to open
      Then the command is refused because the sale "1001" from "Shopify" is cancelled
      And nothing is recorded
      And "SKU-100" has 0 units pending for sales

    Scenario: A channel can't bring a cancelled sale back
      When "Shopify" syncs the sale "1001" with 3 units of "SKU-100"
      Then the command is refused because the sale "1001" from "Shopify" is cancelled
      And nothing is recorded

    Scenario: A channel repeating the cancellation changes nothing
      When "Shopify" syncs the sale "1001" as cancelled with 3 units of "SKU-100"
      Then the command is accepted
      And nothing is recorded

    Scenario: Setting a cancelled sale to cancelled changes nothing
      When the merchant sets the status of the sale "1001" from "Shopify" to cancelled
      Then the command is accepted
      And nothing is recorded
