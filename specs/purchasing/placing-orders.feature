@purchasing @R-5.1
Feature: Placing purchase orders
  A purchase order tells the warehouse what a supplier is going to deliver, and at what cost, so that
  buyers can see the stock on its way (Incoming) before it arrives. The merchant numbers the order
  (PO-1001), names an active supplier and the warehouse that receives the goods, and lists 1 to 100
  lines, one per product, each with 1 to 10^12 units and a unit cost of 0 to 10,000,000.00 (in cents).

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a supplier "Northwind" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists

  Rule: A well-formed order is recorded and its units become Incoming

    Scenario: A purchase order is placed and its units are on their way
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN":
        | sku     | quantity | unit cost |
        | SKU-100 | 10       | 250       |
        | SKU-200 | 4        | 1000      |
      Then the purchase order "PO-1001" from "Northwind" for "MAIN" is recorded with:
        | sku     | quantity | unit cost |
        | SKU-100 | 10       | 250       |
        | SKU-200 | 4        | 1000      |
      And "SKU-100" has 10 units incoming to "MAIN"
      And "SKU-200" has 4 units incoming to "MAIN"
      And "SKU-100" has 0 units available
      And the purchase order "PO-1001" is listed as open

    Scenario: The supplier, warehouse and products are recorded as they were first written
      Given the product "SKU-100" is also known as "ALT-100"
      When the merchant places the purchase order "PO-1001" with "northwind" for "main" for 3 units of "alt-100" at 250
      Then the purchase order "PO-1001" from "Northwind" for "MAIN" is recorded with:
        | sku     | quantity | unit cost |
        | SKU-100 | 3        | 250       |

    Scenario: The date the goods are expected is kept with the order
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" expected on 2026-03-10 for 6 units of "SKU-100" at 250
      Then the purchase order "PO-1001" from "Northwind" for "MAIN" expected on 2026-03-10 is recorded for 6 units of "SKU-100" at 250

    Scenario: An order may bring as many as 10^12 units of a product
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" for 1000000000000 units of "SKU-100" at 1
      Then the purchase order "PO-1001" from "Northwind" for "MAIN" is recorded with:
        | sku     | quantity      | unit cost |
        | SKU-100 | 1000000000000 | 1         |
      And "SKU-100" has 1000000000000 units incoming to "MAIN"

    Scenario Outline: A unit cost of <cost> is within the bounds
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" for 2 units of "SKU-100" at <cost>
      Then the purchase order "PO-1001" from "Northwind" for "MAIN" is recorded with:
        | sku     | quantity | unit cost |
        | SKU-100 | 2        | <cost>    |

      Examples:
        | cost       |
        | 0          |
        | 1000000000 |

    Scenario Outline: A purchase order number of <length> characters is accepted
      When the merchant places a purchase order numbered with <length> characters with "Northwind" for "MAIN" for 1 unit of "SKU-100" at 250
      Then a purchase order numbered with <length> characters from "Northwind" for "MAIN" is recorded for 1 unit of "SKU-100" at 250

      Examples:
        | length |
        | 1      |
        | 64     |

    Scenario: An order of 100 lines is accepted
      Given the products "N-001" to "N-100" exist
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" with 100 lines of one unit of the numbered products
      Then the command is accepted
      And the purchase order "PO-1001" lists 1 unit of "N-100" ordered and 0 received
      And "N-001" has 1 unit incoming to "MAIN"

  Rule: An order that is not well formed is refused and records nothing

    Scenario: A number already used is refused, whatever its capitals
      Given the purchase order "PO-1001" from "Northwind" for "MAIN" orders 5 units of "SKU-100" at 250
      When the merchant places the purchase order "po-1001" with "Northwind" for "MAIN" for 3 units of "SKU-200" at 100
      Then the order is refused because the purchase order "PO-1001" already exists
      And nothing is recorded
      And "SKU-200" has 0 units incoming to "MAIN"

    Scenario Outline: A purchase order number of <length> characters is refused
      When the merchant places a purchase order numbered with <length> characters with "Northwind" for "MAIN" for 1 unit of "SKU-100" at 250
      Then the order is refused because a purchase order number is 1 to 64 characters, not <length>
      And nothing is recorded

      Examples:
        | length |
        | 0      |
        | 65     |

    Scenario: A supplier that does not exist is refused
      When the merchant places the purchase order "PO-1001" with "Acme" for "MAIN" for 3 units of "SKU-100" at 250
      Then the command is refused because there is no supplier named "Acme"
      And nothing is recorded

    Scenario: A supplier no longer in use is refused
      Given the supplier "Northwind" was deactivated
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" for 3 units of "SKU-100" at 250
      Then the command is refused because the supplier "Northwind" is no longer active
      And nothing is recorded

    Scenario: A warehouse that does not exist is refused
      When the merchant places the purchase order "PO-1001" with "Northwind" for "EAST" for 3 units of "SKU-100" at 250
      Then the command is refused because there is no warehouse "EAST"

    Scenario: An order without lines is refused
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" with no lines
      Then the command is refused because the purchase order "PO-1001" would have 0 lines, not 1 to 100
      And nothing is recorded

    Scenario: An order of 101 lines is refused
      Given the products "N-001" to "N-101" exist
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" with 101 lines of one unit of the numbered products
      Then the command is refused because the purchase order "PO-1001" would have 101 lines, not 1 to 100
      And nothing is recorded

    Scenario: A product named on two lines is refused, also under its alternate SKU
      Given the product "SKU-100" is also known as "ALT-100"
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN":
        | sku     | quantity | unit cost |
        | SKU-100 | 10       | 250       |
        | ALT-100 | 4        | 250       |
      Then the command is refused because "SKU-100" is on more than one line of the purchase order "PO-1001"
      And nothing is recorded

    Scenario: A product that does not exist is refused
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" for 3 units of "SKU-999" at 250
      Then the command is refused because there is no product "SKU-999"

    Scenario: A deactivated product can't be ordered
      Given the product "SKU-200" has been deactivated
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" for 3 units of "SKU-200" at 250
      Then the command is refused because the product "SKU-200" is inactive
      And nothing is recorded

    Scenario Outline: Ordering <quantity> units is refused
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" for <quantity> units of "SKU-100" at 250
      Then the command is refused because a command moves between 1 and 1000000000000 units, not <quantity>
      And nothing is recorded

      Examples:
        | quantity      |
        | 0             |
        | -3            |
        | 1000000000001 |

    Scenario Outline: A unit cost of <cost> is refused
      When the merchant places the purchase order "PO-1001" with "Northwind" for "MAIN" for 2 units of "SKU-100" at <cost>
      Then the command is refused because a unit cost of <cost> for "SKU-100" is not between 0 and 1000000000
      And nothing is recorded

      Examples:
        | cost       |
        | -1         |
        | 1000000001 |
