@purchasing
Feature: Changing purchase orders
  Suppliers confirm less, more or at another price than was asked, and buyers add forgotten products.
  The merchant sets the lines that change and leaves the others as they are; Incoming follows. A line is
  never ordered below what was already received, an order keeps 1 to 100 lines, and only an open order
  changes.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a receiving location "R-01" in "MAIN"
    And a supplier "Northwind" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And the product "SKU-300" exists
    And the purchase order "PO-1001" from "Northwind" for "MAIN" orders:
      | sku     | quantity | unit cost |
      | SKU-100 | 10       | 250       |
      | SKU-200 | 4        | 1000      |

  @R-5.2
  Rule: Named lines change, new products are added, lines of 0 units are removed; Incoming follows

    Scenario: More units are ordered and more are on their way
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-100 | 15       | 250       |
      Then these line changes of the purchase order "PO-1001" are recorded:
        | sku     | quantity | previous | unit cost |
        | SKU-100 | 15       | 10       | 250       |
      And "SKU-100" has 15 units incoming to "MAIN"
      And "SKU-200" has 4 units incoming to "MAIN"

    Scenario: A new price changes the line but not what is on its way
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-100 | 10       | 300       |
      Then these line changes of the purchase order "PO-1001" are recorded:
        | sku     | quantity | previous | unit cost |
        | SKU-100 | 10       | 10       | 300       |
      And "SKU-100" has 10 units incoming to "MAIN"

    Scenario: A forgotten product is added and a cancelled one removed in one change
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-300 | 6        | 90        |
        | SKU-200 | 0        | 1000      |
      Then these line changes of the purchase order "PO-1001" are recorded:
        | sku     | quantity | previous | unit cost |
        | SKU-300 | 6        | 0        | 90        |
        | SKU-200 | 0        | 4        | 1000      |
      And "SKU-300" has 6 units incoming to "MAIN"
      And "SKU-200" has 0 units incoming to "MAIN"
      And "SKU-100" has 10 units incoming to "MAIN"

    Scenario: A line set as it already is changes nothing
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-100 | 10       | 250       |
      Then the command is accepted
      And nothing is recorded

    Scenario: Removing a product the order does not have changes nothing
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-300 | 0        | 90        |
      Then the command is accepted
      And nothing is recorded

    Scenario: A line may be ordered down to exactly what was received
      Given receipt "DN-1" of the purchase order "PO-1001" brought 6 units of "SKU-100" into "R-01"
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-100 | 6        | 250       |
      Then these line changes of the purchase order "PO-1001" are recorded:
        | sku     | quantity | previous | unit cost |
        | SKU-100 | 6        | 10       | 250       |
      And "SKU-100" has 0 units incoming to "MAIN"
      And the purchase order "PO-1001" lists 6 units of "SKU-100" ordered and 6 received

    Scenario: A line can't be ordered below what was received
      Given receipt "DN-1" of the purchase order "PO-1001" brought 6 units of "SKU-100" into "R-01"
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-100 | 5        | 250       |
      Then the command is refused because 6 units of "SKU-100" were already received on the purchase order "PO-1001", more than 5
      And nothing is recorded
      And "SKU-100" has 4 units incoming to "MAIN"

    Scenario: A line with receipts can't be removed
      Given receipt "DN-1" of the purchase order "PO-1001" brought 1 unit of "SKU-200" into "R-01"
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-200 | 0        | 1000      |
      Then the command is refused because 1 unit of "SKU-200" was already received on the purchase order "PO-1001", more than 0
      And nothing is recorded

    Scenario: An order can't lose its last line
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-100 | 0        | 250       |
        | SKU-200 | 0        | 1000      |
      Then the command is refused because the purchase order "PO-1001" would have 0 lines, not 1 to 100
      And nothing is recorded

    Scenario: A change naming a product twice is refused
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-300 | 2        | 90        |
        | SKU-300 | 3        | 90        |
      Then the command is refused because "SKU-300" is on more than one line of the purchase order "PO-1001"
      And nothing is recorded

    Scenario: A negative quantity is refused
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-100 | -1       | 250       |
      Then the command is refused because a command moves between 0 and 1000000000000 units, not -1

    Scenario: A change to an order that does not exist is refused
      When the merchant changes the purchase order "PO-9999":
        | sku     | quantity | unit cost |
        | SKU-100 | 5        | 250       |
      Then the command is refused because there is no purchase order "PO-9999"

  @R-5.3
  Rule: Only an open order changes

    Scenario Outline: A <status> order can't be changed
      Given the purchase order "PO-1001" was <status>
      When the merchant changes the purchase order "PO-1001":
        | sku     | quantity | unit cost |
        | SKU-100 | 12       | 250       |
      Then the command is refused because the purchase order "PO-1001" is <status>
      And nothing is recorded
      And "SKU-100" has 0 units incoming to "MAIN"

      Examples:
        | status    |
        | closed    |
        | cancelled |
