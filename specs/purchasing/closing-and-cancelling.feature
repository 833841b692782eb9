@purchasing @R-5.8
Feature: Closing and cancelling purchase orders
  When a supplier has delivered all it will, the buyer closes the order: whatever it still brought is no
  longer expected. An order nothing was received on may instead be cancelled. Closing a closed order or
  cancelling a cancelled one changes nothing; a cancelled order can't be closed, a closed one can't be
  cancelled, and an order with receipts is closed rather than cancelled.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a receiving location "R-01" in "MAIN"
    And a supplier "Northwind" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And the purchase order "PO-1001" from "Northwind" for "MAIN" orders:
      | sku     | quantity | unit cost |
      | SKU-200 | 4        | 1000      |
      | SKU-100 | 10       | 250       |

  Rule: Closing ends what an order still brings

    Scenario: Closing a partly received order ends what is still expected
      Given receipt "DN-1" of the purchase order "PO-1001" brought 6 units of "SKU-100" into "R-01"
      When the merchant closes the purchase order "PO-1001"
      Then the purchase order "PO-1001" is recorded as closed, no longer expecting:
        | sku     | quantity | unit cost |
        | SKU-100 | 4        | 250       |
        | SKU-200 | 4        | 1000      |
      And "SKU-100" has 0 units incoming to "MAIN"
      And "SKU-200" has 0 units incoming to "MAIN"
      And "SKU-100" has 6 units on hand in "R-01" of "MAIN"
      And the purchase order "PO-1001" is listed as closed

    Scenario: Closing a fully received order ends nothing more
      Given receipt "DN-1" of the purchase order "PO-1001" brought 11 units of "SKU-100" into "R-01"
      And receipt "DN-2" of the purchase order "PO-1001" brought 4 units of "SKU-200" into "R-01"
      When the merchant closes the purchase order "PO-1001"
      Then the purchase order "PO-1001" is recorded as closed with nothing left to receive
      And the purchase order "PO-1001" is listed as closed

    Scenario: Closing a closed order changes nothing
      Given the purchase order "PO-1001" was closed
      When the merchant closes the purchase order "PO-1001"
      Then the command is accepted
      And nothing is recorded

    Scenario: A cancelled order can't be closed
      Given the purchase order "PO-1001" was cancelled
      When the merchant closes the purchase order "PO-1001"
      Then the command is refused because the purchase order "PO-1001" is cancelled
      And the purchase order "PO-1001" is listed as cancelled

    Scenario: An order that does not exist can't be closed
      When the merchant closes the purchase order "PO-9999"
      Then the command is refused because there is no purchase order "PO-9999"
      And nothing is recorded

  Rule: Cancelling is for an order nothing was received on

    Scenario: Cancelling an order takes all of it off Incoming
      When the merchant cancels the purchase order "PO-1001"
      Then the purchase order "PO-1001" is recorded as cancelled
      And "SKU-100" has 0 units incoming to "MAIN"
      And "SKU-200" has 0 units incoming to "MAIN"
      And the purchase order "PO-1001" is listed as cancelled

    Scenario: An order with a single unit received can't be cancelled
      Given receipt "DN-1" of the purchase order "PO-1001" brought 1 unit of "SKU-200" into "R-01"
      When the merchant cancels the purchase order "PO-1001"
      Then the cancellation is refused because 1 unit was already received on the purchase order "PO-1001"
      And nothing is recorded
      And "SKU-200" has 3 units incoming to "MAIN"

    Scenario: Receipts of several lines are counted together
      Given receipt "DN-1" of the purchase order "PO-1001" brought 6 units of "SKU-100" into "R-01"
      And receipt "DN-2" of the purchase order "PO-1001" brought 2 units of "SKU-200" into "R-01"
      When the merchant cancels the purchase order "PO-1001"
      Then the cancellation is refused because 8 units were already received on the purchase order "PO-1001"

    Scenario: Cancelling a cancelled order changes nothing
      Given the purchase order "PO-1001" was cancelled
      When the merchant cancels the purchase order "PO-1001"
      Then the command is accepted
      And nothing is recorded

    Scenario: A closed order can't be cancelled
      Given the purchase order "PO-1001" was closed
      When the merchant cancels the purchase order "PO-1001"
      Then the command is refused because the purchase order "PO-1001" is closed
      And nothing is recorded

    Scenario: An order that does not exist can't be cancelled
      When the merchant cancels the purchase order "PO-9999"
      Then the command is refused because there is no purchase order "PO-9999"
