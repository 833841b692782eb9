@picking @R-8.1
Feature: Planning picklists and waves
  A picklist tells a picker what to fetch in one warehouse: units of a SKU for a sale, or for no sale at
  all (a replenishment). A picklist with lines for several sales is a wave, so one walk through the
  warehouse serves many customers. Each line names its SKU and sale once, for an active product, and
  the server names the picklist.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And the sale "S-1" from "SHOP" was imported with 3 units of "SKU-100"
    And the sale "S-2" from "SHOP" was imported with 2 units of "SKU-200"

  Rule: A picklist lists one line per SKU and sale, in an existing warehouse

    Scenario: A picklist for one sale lists its lines
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-100 | 3        | S-1  |
      Then a picklist in "MAIN" is recorded with these lines:
        | sku     | quantity | sale |
        | SKU-100 | 3        | S-1  |

    Scenario: A wave picks for several sales in one walk
      Given the sale "S-3" from "SHOP" was imported with 1 unit of "SKU-100"
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-100 | 3        | S-1  |
        | SKU-200 | 2        | S-2  |
        | SKU-100 | 1        | S-3  |
      Then a picklist in "MAIN" is recorded with these lines:
        | sku     | quantity | sale |
        | SKU-100 | 3        | S-1  |
        | SKU-200 | 2        | S-2  |
        | SKU-100 | 1        | S-3  |

    Scenario: A line may serve no sale, to replenish a pick face
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-200 | 12       |      |
      Then a picklist in "MAIN" is recorded with these lines:
        | sku     | quantity | sale |
        | SKU-200 | 12       |      |

    Scenario: An alternate SKU names the product, and the picklist records its SKU
      Given the product "SKU-100" is also known as "EAN-100"
      When the merchant plans a picklist in "main":
        | sku     | quantity | sale |
        | EAN-100 | 3        | S-1  |
      Then a picklist in "MAIN" is recorded with these lines:
        | sku     | quantity | sale |
        | SKU-100 | 3        | S-1  |

    Scenario: The same SKU listed twice for one sale is refused
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-100 | 2        | S-1  |
        | SKU-100 | 1        | S-1  |
      Then the command is refused because "SKU-100" is listed twice for sale "S-1"
      And nothing is recorded

    Scenario: An alternate SKU and its SKU for one sale are the same line twice
      Given the product "SKU-100" is also known as "EAN-100"
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-100 | 2        | S-1  |
        | EAN-100 | 1        | S-1  |
      Then the command is refused because "SKU-100" is listed twice for sale "S-1"

    Scenario: A picklist in a warehouse that does not exist is refused
      When the merchant plans a picklist in "EAST":
        | sku     | quantity | sale |
        | SKU-100 | 3        | S-1  |
      Then the command is refused because there is no warehouse "EAST"
      And nothing is recorded

  Rule: Lines name active products and 1 to 10^12 units

    Scenario: A deactivated product is not picked
      Given the product "SKU-200" has been deactivated
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-200 | 2        | S-2  |
      Then the command is refused because the product "SKU-200" is inactive
      And nothing is recorded

    Scenario: A product that does not exist is not picked
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-999 | 1        | S-1  |
      Then the command is refused because there is no product "SKU-999"

    Scenario Outline: A line of <quantity> units is refused
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity   | sale |
        | SKU-100 | <quantity> | S-1  |
      Then the command is refused because a command moves between 1 and 1000000000000 units, not <quantity>
      And nothing is recorded

      Examples:
        | quantity      |
        | 0             |
        | -3            |
        | 1000000000001 |

    Scenario: A line may ask for exactly 10^12 units
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity      | sale |
        | SKU-100 | 1000000000000 |      |
      Then a picklist in "MAIN" is recorded with these lines:
        | sku     | quantity      | sale |
        | SKU-100 | 1000000000000 |      |

  Rule: A picklist has 1 to 500 lines

    Scenario: A picklist with no lines is refused
      When the merchant plans a picklist in "MAIN" with no lines
      Then the command is refused because a picklist needs 1 to 500 lines, not 0
      And nothing is recorded

    Scenario: A wave of exactly 500 lines is planned
      Given 500 sales from "SHOP" were each imported with 1 unit of "SKU-100"
      When the merchant plans a picklist in "MAIN" for 500 sales of 1 unit of "SKU-100" each
      Then a picklist in "MAIN" for 500 sales of 1 unit of "SKU-100" each is recorded

    Scenario: A wave of 501 lines is refused
      Given 501 sales from "SHOP" were each imported with 1 unit of "SKU-100"
      When the merchant plans a picklist in "MAIN" for 501 sales of 1 unit of "SKU-100" each
      Then the command is refused because a picklist needs 1 to 500 lines, not 501
      And nothing is recorded

  @R-8.10
  Rule: A line for a sale plans no more than the sale still needs picked

    Scenario: A line may plan exactly the units the sale still needs
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-100 | 3        | S-1  |
      Then a picklist in "MAIN" is recorded with these lines:
        | sku     | quantity | sale |
        | SKU-100 | 3        | S-1  |

    Scenario: A line for one unit more than the sale needs is refused
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-100 | 4        | S-1  |
      Then the command is refused because sale "S-1" needs only 3 more units of "SKU-100" picked
      And nothing is recorded

    Scenario: A SKU the sale did not buy is not picked for it
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-200 | 1        | S-1  |
      Then the command is refused because sale "S-1" needs only 0 more units of "SKU-200" picked

    Scenario: Units already on an open picklist are not planned twice
      Given a picklist "P-1" in "MAIN" lists:
        | sku     | quantity | sale |
        | SKU-100 | 2        | S-1  |
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-100 | 2        | S-1  |
      Then the command is refused because sale "S-1" needs only 1 more unit of "SKU-100" picked

    Scenario: A sale that was never imported is not picked for
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-100 | 1        | S-9  |
      Then the command is refused because there is no sale "S-9"
      And nothing is recorded

    Scenario: A cancelled sale is not picked for
      Given the sale "S-5" from "SHOP" was imported with 2 units of "SKU-100"
      And the sale "S-5" from "SHOP" was cancelled
      When the merchant plans a picklist in "MAIN":
        | sku     | quantity | sale |
        | SKU-100 | 1        | S-5  |
      Then the command is refused because sale "S-5" is cancelled
      And nothing is recorded

  Rule: Commands cite an existing picklist and one of its lines

    Scenario: A pick on a picklist that does not exist is refused
      Given 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
      When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-9" from "A-01"
      Then the command is refused because there is no picklist "P-9"
      And nothing is recorded

    Scenario: A pick for a SKU the picklist does not list is refused
      Given a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "S-1"
      And 5 units of "SKU-200" are on hand in "A-01" of "MAIN"
      When the picker picks 1 unit of "SKU-200" for sale "S-1" on picklist "P-1" from "A-01"
      Then the command is refused because picklist "P-1" has no line for "SKU-200" for sale "S-1"
      And nothing is recorded

    Scenario: A pick for another sale than the line's is refused
      Given a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "S-1"
      And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
      When the picker picks 1 unit of "SKU-100" for sale "S-2" on picklist "P-1" from "A-01"
      Then the command is refused because picklist "P-1" has no line for "SKU-100" for sale "S-2"
