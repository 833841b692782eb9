@journey @kits
Feature: Journey: a gift box assembled, sold and offered again
  A gift box of two mugs and a tray is sold as one product but built from its components. The warehouse
  assembles a few in advance; a sale takes the assembled boxes first and reserves the components of the
  rest; the shop is then offered what can still be delivered, assembled or not. Each scenario is one
  stage; its Givens are the stages before it.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the channel "Shopify" is connected for quantity sync
    And the product "MUG" exists
    And the product "TRAY" exists
    And the product "GIFT-BOX" exists
    And the kit "GIFT-BOX" is made of:
      | component | units |
      | MUG       | 2     |
      | TRAY      | 1     |
    And 10 units of "MUG" are on hand in "A-01" of "MAIN"
    And 5 units of "TRAY" are on hand in "A-01" of "MAIN"

  @R-2.5 @R-2.7
  Scenario: 1. Two gift boxes are assembled from their components
    When the merchant assembles 2 kits of "GIFT-BOX" in "A-01" of "MAIN"
    Then 2 kits of "GIFT-BOX" are recorded as assembled in "A-01" of "MAIN" from:
      | component | units |
      | MUG       | 4     |
      | TRAY      | 2     |
    And 5 units of the kit "GIFT-BOX" can be sold, 2 of them already assembled

  @R-6.3
  Scenario: 2. A sale of three takes the two assembled boxes and the components of a third
    Given 2 kits of "GIFT-BOX" were assembled in "A-01" of "MAIN"
    When "Shopify" syncs the sale "1001" with 3 units of "GIFT-BOX"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku      | quantity | reserved |
      | GIFT-BOX | 3        | 2        |
      | MUG      |          | 2        |
      | TRAY     |          | 1        |
    And 2 units of the kit "GIFT-BOX" can be sold

  @R-13.5
  Scenario: 3. The shop is offered the boxes that can still be delivered
    Given 2 kits of "GIFT-BOX" were assembled in "A-01" of "MAIN"
    And the sale "1001" from "Shopify" was imported with:
      | sku      | quantity | reserved |
      | GIFT-BOX | 3        | 2        |
      | MUG      |          | 2        |
      | TRAY     |          | 1        |
    When the sync job pushes the quantities of "GIFT-BOX" to the channel "Shopify"
    Then these quantities are recorded as pushed to the channel "Shopify":
      | sku      | quantity | available | previous |
      | GIFT-BOX | 2        | 2         |          |
