@transfers @R-10.1
Feature: Planning a transfer between warehouses
  Stock is rebalanced between warehouses by a transfer: the merchant plans which SKUs, and how many,
  leave one warehouse for another. A transfer joins two different existing warehouses (moves inside one
  warehouse are moves between its locations) and plans 1 to 500 lines, one per active product. The
  server names the transfer.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a warehouse "EAST" with a pick location "B-01"
    And the product "SKU-100" exists
    And the product "SKU-200" exists

  Scenario: A transfer plans units to leave one warehouse for another
    When the merchant plans a transfer from "MAIN" to "EAST":
      | sku     | quantity |
      | SKU-100 | 5        |
    Then a transfer from "MAIN" to "EAST" is recorded planning:
      | sku     | quantity |
      | SKU-100 | 5        |

  Scenario: A transfer plans several SKUs, named by any of their codes
    Given the product "SKU-200" is also known as "EAN-200"
    When the merchant plans a transfer from "main" to "east":
      | sku     | quantity |
      | SKU-100 | 5        |
      | EAN-200 | 2        |
    Then a transfer from "MAIN" to "EAST" is recorded planning:
      | sku     | quantity |
      | SKU-100 | 5        |
      | SKU-200 | 2        |

  Scenario: A transfer may be planned before the stock is there
    When the merchant plans a transfer from "EAST" to "MAIN":
      | sku     | quantity |
      | SKU-200 | 40       |
    Then a transfer from "EAST" to "MAIN" is recorded planning:
      | sku     | quantity |
      | SKU-200 | 40       |

  Scenario Outline: A transfer from "<from>" to "<to>" stays in one warehouse and is refused
    When the merchant plans a transfer from "<from>" to "<to>":
      | sku     | quantity |
      | SKU-100 | 5        |
    Then the command is refused because a transfer can't stay within "MAIN"
    And nothing is recorded

    Examples:
      | from | to   |
      | MAIN | MAIN |
      | MAIN | main |

  Scenario Outline: A transfer to or from "<unknown>", which does not exist, is refused
    When the merchant plans a transfer from "<from>" to "<to>":
      | sku     | quantity |
      | SKU-100 | 5        |
    Then the command is refused because there is no warehouse "<unknown>"

    Examples:
      | from  | to    | unknown |
      | NORTH | EAST  | NORTH   |
      | MAIN  | SOUTH | SOUTH   |

  Scenario: A SKU planned twice is refused
    Given the product "SKU-100" is also known as "EAN-100"
    When the merchant plans a transfer from "MAIN" to "EAST":
      | sku     | quantity |
      | SKU-100 | 5        |
      | EAN-100 | 1        |
    Then the command is refused because "SKU-100" is planned twice
    And nothing is recorded

  Scenario: A deactivated product is not transferred
    Given the product "SKU-200" has been deactivated
    When the merchant plans a transfer from "MAIN" to "EAST":
      | sku     | quantity |
      | SKU-200 | 1        |
    Then the command is refused because the product "SKU-200" is inactive

  Scenario: A product that does not exist is not transferred
    When the merchant plans a transfer from "MAIN" to "EAST":
      | sku     | quantity |
      | SKU-300 | 1        |
    Then the command is refused because there is no product "SKU-300"

  Scenario Outline: A line of <quantity> units is refused
    When the merchant plans a transfer from "MAIN" to "EAST":
      | sku     | quantity   |
      | SKU-100 | <quantity> |
    Then the command is refused because a command moves between 1 and 1000000000000 units, not <quantity>
    And nothing is recorded

    Examples:
      | quantity      |
      | 0             |
      | -1            |
      | 1000000000001 |

  Scenario: A transfer with no lines is refused
    When the merchant plans a transfer from "MAIN" to "EAST" with no lines
    Then the command is refused because a transfer's plan, shipment or receipt needs 1 to 500 lines, not 0
    And nothing is recorded

  Scenario: A transfer of exactly 500 lines is planned
    Given the products "P-001" to "P-500" exist
    When the merchant plans a transfer from "MAIN" to "EAST" of 1 unit of each of "P-001" to "P-500"
    Then a transfer from "MAIN" to "EAST" of 1 unit of each of "P-001" to "P-500" is recorded

  Scenario: A transfer of 501 lines is refused
    Given the products "P-001" to "P-501" exist
    When the merchant plans a transfer from "MAIN" to "EAST" of 1 unit of each of "P-001" to "P-501"
    Then the command is refused because a transfer's plan, shipment or receipt needs 1 to 500 lines, not 501
    And nothing is recorded

  Scenario: A transfer that does not exist is not shipped
    Given 5 units of "SKU-100" are on hand in "A-01" of "MAIN"
    When the transfer "T-9" ships 5 units of "SKU-100" from "A-01"
    Then the command is refused because there is no transfer "T-9"
    And nothing is recorded
