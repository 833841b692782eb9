@purchasing @R-5.7
Feature: The moving average cost follows every receipt
  The merchant values stock at its moving average cost: units in stock keep their average, received units
  bring the cost of their order line, and the result is rounded half up to a whole cent. With nothing in
  stock, or no average yet, the average is the cost of what arrives.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a supplier "Northwind" exists
    And the product "SKU-100" exists

  Scenario: The first receipt sets the average to its cost
    Given the purchase order "PO-1001" from "Northwind" for "MAIN" orders 10 units of "SKU-100" at 250
    When receipt "DN-1" of the purchase order "PO-1001" brings 10 units of "SKU-100" into "A-01" of "MAIN"
    Then receipt "DN-1" of the purchase order "PO-1001" is recorded into "A-01" of "MAIN":
      | sku     | quantity | unit cost | average cost |
      | SKU-100 | 10       | 250       | 250          |
    And the average cost of "SKU-100" is 250

  Scenario: Units at a new price move the average by their share
    Given the purchase order "PO-1001" from "Northwind" for "MAIN" orders 10 units of "SKU-100" at 250
    And receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the purchase order "PO-1002" from "Northwind" for "MAIN" orders 30 units of "SKU-100" at 400
    When receipt "DN-2" of the purchase order "PO-1002" brings 30 units of "SKU-100" into "A-01" of "MAIN"
    Then receipt "DN-2" of the purchase order "PO-1002" is recorded into "A-01" of "MAIN":
      | sku     | quantity | unit cost | average cost |
      | SKU-100 | 30       | 400       | 363          |
    And the average cost of "SKU-100" is 363

  Scenario: Half a cent is rounded up
    Given the purchase order "PO-1001" from "Northwind" for "MAIN" orders 1 unit of "SKU-100" at 1
    And receipt "DN-1" of the purchase order "PO-1001" brought 1 unit of "SKU-100" into "A-01"
    And the purchase order "PO-1002" from "Northwind" for "MAIN" orders 1 unit of "SKU-100" at 2
    When receipt "DN-2" of the purchase order "PO-1002" brings 1 unit of "SKU-100" into "A-01" of "MAIN"
    Then the average cost of "SKU-100" is 2

  Scenario: Free units lower the average
    Given the purchase order "PO-1001" from "Northwind" for "MAIN" orders 10 units of "SKU-100" at 250
    And receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the purchase order "PO-1002" from "Northwind" for "MAIN" orders 10 units of "SKU-100" at 0
    When receipt "DN-2" of the purchase order "PO-1002" brings 10 units of "SKU-100" into "A-01" of "MAIN"
    Then the average cost of "SKU-100" is 125

  Scenario: With nothing left in stock the average starts again from the new cost
    Given the purchase order "PO-1001" from "Northwind" for "MAIN" orders 10 units of "SKU-100" at 250
    And receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the merchant removed 10 units of "SKU-100" from "A-01" of "MAIN" because "Received"
    And the purchase order "PO-1002" from "Northwind" for "MAIN" orders 5 units of "SKU-100" at 400
    When receipt "DN-2" of the purchase order "PO-1002" brings 5 units of "SKU-100" into "A-01" of "MAIN"
    Then the average cost of "SKU-100" is 400

  Scenario: The largest costs and quantities are averaged exactly
    Given the purchase order "PO-1001" from "Northwind" for "MAIN" orders 500000000000 units of "SKU-100" at 1000000000
    And receipt "DN-1" of the purchase order "PO-1001" brought 500000000000 units of "SKU-100" into "A-01"
    And the purchase order "PO-1002" from "Northwind" for "MAIN" orders 500000000000 units of "SKU-100" at 999999999
    When receipt "DN-2" of the purchase order "PO-1002" brings 500000000000 units of "SKU-100" into "A-01" of "MAIN"
    Then receipt "DN-2" of the purchase order "PO-1002" is recorded into "A-01" of "MAIN":
      | sku     | quantity     | unit cost | average cost |
      | SKU-100 | 500000000000 | 999999999 | 1000000000   |
    And "SKU-100" has 1000000000000 units on hand in "A-01" of "MAIN"

  Scenario: A refused receipt leaves the average as it was
    Given the purchase order "PO-1001" from "Northwind" for "MAIN" orders 10 units of "SKU-100" at 250
    And receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the purchase order "PO-1002" from "Northwind" for "MAIN" orders 10 units of "SKU-100" at 400
    When receipt "DN-2" of the purchase order "PO-1002" brings 12 units of "SKU-100" into "A-01" of "MAIN"
    Then the receipt is refused because only 11 more units of "SKU-100" may be received on the purchase order "PO-1002"
    And the average cost of "SKU-100" is 250
