@transfers
Feature: Shipping a transfer
  A planned transfer ships once: the units leave open locations of the sending warehouse and are in
  transit, on hand in neither warehouse and available to no channel, until they are received. A
  shipment may send less than planned (what did not fit waits for another transfer), never more; items
  taking from the same location are checked together.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a warehouse "EAST" with a pick location "B-01"
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 6 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 4 units of "SKU-100" are on hand in "A-02" of "MAIN"
    And a transfer "T-1" from "MAIN" to "EAST" plans 10 units of "SKU-100"

  @R-10.2
  Rule: A transfer ships once, within its plan, from what the locations hold

    Scenario: Shipped units leave their location and are in transit
      When the transfer "T-1" ships 6 units of "SKU-100" from "A-01"
      Then the transfer "T-1" is recorded as shipped:
        | sku     | location | quantity |
        | SKU-100 | A-01     | 6        |
      And "SKU-100" has 0 units on hand in "A-01" of "MAIN"
      And the transfer "T-1" is listed as shipped
      And the transfer "T-1" lists 10 units of "SKU-100" planned, 6 shipped and 0 received

    Scenario: Exactly the plan ships from two locations
      When the transfer "T-1" ships:
        | sku     | location | quantity |
        | SKU-100 | A-01     | 6        |
        | SKU-100 | A-02     | 4        |
      Then the transfer "T-1" is recorded as shipped:
        | sku     | location | quantity |
        | SKU-100 | A-01     | 6        |
        | SKU-100 | A-02     | 4        |

    Scenario: A shipment beyond the plan is refused
      Given a transfer "T-2" from "MAIN" to "EAST" plans 5 units of "SKU-100"
      When the transfer "T-2" ships 6 units of "SKU-100" from "A-01"
      Then the shipment is refused because transfer "T-2" plans 5 units of "SKU-100", not 6
      And nothing is recorded

    Scenario: Items of one SKU add up against the plan
      Given a transfer "T-2" from "MAIN" to "EAST" plans 8 units of "SKU-100"
      When the transfer "T-2" ships:
        | sku     | location | quantity |
        | SKU-100 | A-01     | 6        |
        | SKU-100 | A-02     | 3        |
      Then the shipment is refused because transfer "T-2" plans 8 units of "SKU-100", not 9

    Scenario: A SKU the transfer does not plan is refused
      Given 3 units of "SKU-200" are on hand in "A-01" of "MAIN"
      When the transfer "T-1" ships 1 unit of "SKU-200" from "A-01"
      Then the shipment is refused because transfer "T-1" plans 0 units of "SKU-200", not 1

    Scenario: A shipment beyond what the location holds is refused
      When the transfer "T-1" ships 5 units of "SKU-100" from "A-02"
      Then the command is refused because only 4 units of "SKU-100" are in "A-02" of "MAIN"
      And nothing is recorded

    Scenario: Two items from one location are checked together
      When the transfer "T-1" ships:
        | sku     | location | quantity |
        | SKU-100 | A-01     | 4        |
        | SKU-100 | A-01     | 4        |
      Then the command is refused because only 2 units of "SKU-100" are in "A-01" of "MAIN"

    Scenario: A transfer ships only once
      Given the transfer "T-1" shipped 6 units of "SKU-100" from "A-01"
      When the transfer "T-1" ships 4 units of "SKU-100" from "A-02"
      Then the command is refused because the transfer "T-1" has already shipped
      And nothing is recorded

    Scenario: Nothing ships out of a locked location
      Given the location "A-02" of "MAIN" is locked
      When the transfer "T-1" ships 4 units of "SKU-100" from "A-02"
      Then the command is refused because the location "A-02" of "MAIN" is locked

    Scenario: Units ship only from the sending warehouse
      Given 5 units of "SKU-100" are on hand in "B-01" of "EAST"
      When the transfer "T-1" ships 5 units of "SKU-100" from "B-01"
      Then the command is refused because there is no location "B-01" in "MAIN"

  @R-10.3
  Rule: In-transit stock is available at neither end

    Scenario: Units in transit are on hand nowhere and available to no channel
      When the transfer "T-1" ships 6 units of "SKU-100" from "A-01"
      Then the stock of "SKU-100" shows:
        | on hand | in transit | available |
        | 4       | 6          | 4         |
      And the stock of "SKU-100" in "MAIN" shows:
        | on hand | sellable |
        | 4       | 4        |
      And the stock of "SKU-100" in "EAST" shows:
        | on hand | sellable |
        | 0       | 0        |

    Scenario: With every unit in transit nothing is available
      When the transfer "T-1" ships:
        | sku     | location | quantity |
        | SKU-100 | A-01     | 6        |
        | SKU-100 | A-02     | 4        |
      Then the stock of "SKU-100" shows:
        | on hand | in transit | available | sellable |
        | 0       | 10         | 0         | 0        |

    Scenario: Sales waiting on stock that left are oversold until it arrives
      Given the sale "S-1" from "SHOP" was imported with 8 units of "SKU-100"
      When the transfer "T-1" ships 6 units of "SKU-100" from "A-01"
      Then the stock of "SKU-100" shows:
        | available | pending | oversold | in transit |
        | 0         | 8       | 4        | 6          |

    Scenario: A product with units in transit still has stock and is not deactivated
      Given the transfer "T-1" shipped 6 units of "SKU-100" from "A-01"
      And 4 units of "SKU-100" were moved from "A-02" to "A-01" of "MAIN"
      And the merchant removed 4 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
      When the merchant deactivates "SKU-100"
      Then the command is refused because "SKU-100" still has 6 units in stock
