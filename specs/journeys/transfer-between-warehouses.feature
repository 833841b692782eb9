@journey @transfers
Feature: Journey: moving stock from one warehouse to another
  The east warehouse runs low while the main one has plenty: the merchant plans a transfer, the main
  warehouse ships it, and the east warehouse receives it. While the goods are on the road they are
  available at neither end. Each scenario is one stage; its Givens are the stages before it.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a warehouse "EAST" with a pick location "B-01"
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  @R-10.1
  Scenario: 1. The merchant plans the transfer
    When the merchant plans a transfer from "MAIN" to "EAST":
      | sku     | quantity |
      | SKU-100 | 4        |
    Then a transfer from "MAIN" to "EAST" is recorded planning:
      | sku     | quantity |
      | SKU-100 | 4        |
    And "SKU-100" has 10 units on hand in the warehouse "MAIN"

  @R-10.2 @R-10.3
  Scenario: 2. The main warehouse ships it and the units are on the road
    Given a transfer "T-1" from "MAIN" to "EAST" plans 4 units of "SKU-100"
    When the transfer "T-1" ships 4 units of "SKU-100" from "A-01"
    Then the transfer "T-1" is recorded as shipped:
      | sku     | location | quantity |
      | SKU-100 | A-01     | 4        |
    And the stock of "SKU-100" shows:
      | on hand | in transit | available |
      | 6       | 4          | 6         |
    And the transfer "T-1" is listed as shipped

  @R-10.4 @R-10.6
  Scenario: 3. The east warehouse receives it all and the transfer closes
    Given a transfer "T-1" from "MAIN" to "EAST" plans 4 units of "SKU-100"
    And the transfer "T-1" shipped 4 units of "SKU-100" from "A-01"
    When the transfer "T-1" receives 4 units of "SKU-100" into "B-01"
    Then the transfer "T-1" is recorded as received and closed:
      | sku     | location | quantity |
      | SKU-100 | B-01     | 4        |
    And "SKU-100" has 4 units on hand in "B-01" of "EAST"
    And "SKU-100" has 6 units on hand in the warehouse "MAIN"
    And the stock of "SKU-100" shows:
      | on hand | in transit | available |
      | 10      | 0          | 10        |
    And the transfer "T-1" is listed as closed
