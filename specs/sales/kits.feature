@sales @R-6.3
Feature: Sales of kits reserve what the kit is made of
  A kit (a gift box of two mugs and a tray) is sold as one product but picked as its components. A sale
  of kits reserves the kits already assembled first, as kit availability counts them, and the rest as
  components by the kit's current lines, a kit inside a kit the same way. The import lists the units
  reserved per SKU.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the product "MUG" exists
    And the product "TRAY" exists
    And the product "GIFT-BOX" exists
    And the kit "GIFT-BOX" is made of:
      | component | units |
      | MUG       | 2        |
      | TRAY      | 1        |
    And 10 units of "MUG" are on hand in "A-01" of "MAIN"
    And 5 units of "TRAY" are on hand in "A-01" of "MAIN"

  Scenario: A kit with no assembled units is reserved as its components
    When "Shopify" syncs the sale "1001" with 3 units of "GIFT-BOX"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku      | quantity | reserved |
      | GIFT-BOX | 3        |          |
      | MUG      |          | 6        |
      | TRAY     |          | 3        |
    And "MUG" has 6 units pending for sales
    And "TRAY" has 3 units pending for sales
    And "MUG" has 4 units available

  Scenario: Assembled kits are reserved first and the rest as components
    Given 2 units of "GIFT-BOX" are on hand in "A-01" of "MAIN"
    When "Shopify" syncs the sale "1001" with 3 units of "GIFT-BOX"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku      | quantity | reserved |
      | GIFT-BOX | 3        | 2        |
      | MUG      |          | 2        |
      | TRAY     |          | 1        |
    And "GIFT-BOX" has 2 units pending for sales

  Scenario: Exactly the assembled kits need no component
    Given 2 units of "GIFT-BOX" are on hand in "A-01" of "MAIN"
    When "Shopify" syncs the sale "1001" with 2 units of "GIFT-BOX"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku      | quantity | reserved |
      | GIFT-BOX | 2        | 2        |
    And "MUG" has 0 units pending for sales

  Scenario: A kit and one of its components on one sale reserve together
    When "Shopify" syncs the sale "1001":
      | sku      | quantity |
      | GIFT-BOX | 1        |
      | MUG      | 1        |
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku      | quantity | reserved |
      | GIFT-BOX | 1        |          |
      | MUG      | 1        | 3        |
      | TRAY     |          | 1        |

  Scenario: A kit inside a kit is reserved as its own components
    Given the product "HAMPER" exists
    And the kit "HAMPER" is made of:
      | component | units |
      | GIFT-BOX  | 2        |
      | TRAY      | 1        |
    When "Shopify" syncs the sale "1001" with 1 unit of "HAMPER"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku    | quantity | reserved |
      | HAMPER | 1        |          |
      | MUG    |          | 4        |
      | TRAY   |          | 3        |

  Scenario: A kit may reserve exactly 10^12 units of a component
    Given the product "PALLET" exists
    And the kit "PALLET" is made of:
      | component | units |
      | MUG       | 1000000  |
    When "Shopify" syncs the sale "1001" with 1000000 units of "PALLET"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku    | quantity | reserved      |
      | PALLET | 1000000  |               |
      | MUG    |          | 1000000000000 |
    And "MUG" is oversold by 999999999990 units

  Scenario: A kit can't reserve more than 10^12 units of a component
    Given the product "PALLET" exists
    And the kit "PALLET" is made of:
      | component | units |
      | MUG       | 1000001  |
    When "Shopify" syncs the sale "1001" with 1000000 units of "PALLET"
    Then the sale is refused because it may reserve 1 to 1000000000000 units of "MUG", not 1000000000001
    And nothing is recorded
