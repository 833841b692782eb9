@journey
Feature: Journey: from the supplier's delivery to the customer's parcel
  One product's whole trip through the business, stage by stage: a delivery arrives against a purchase
  order, a web shop sells some of it, the sale is promised stock, picked, checked, shipped, and the shop is
  told how many are left. Each scenario is one stage: its Givens are the stages before it, as they were
  recorded, and its When is the one thing that happens next. Read them in order for the story.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a supplier "Northwind" exists
    And a channel "Shopify" exists
    And the channel "Shopify" is connected for quantity sync
    And the product "SKU-100" exists
    And the purchase order "PO-1001" from "Northwind" for "MAIN" orders 10 units of "SKU-100" at 250

  @R-5.5
  Scenario: 1. The delivery for the purchase order is received into stock
    When receipt "DN-1" of the purchase order "PO-1001" brings 10 units of "SKU-100" into "A-01" of "MAIN"
    Then receipt "DN-1" of the purchase order "PO-1001" is recorded into "A-01" of "MAIN":
      | sku     | quantity | unit cost | average cost |
      | SKU-100 | 10       | 250       | 250          |
    And "SKU-100" has 10 units available
    And the purchase order "PO-1001" lists 10 units of "SKU-100" ordered and 10 received

  @R-6.1 @R-6.4
  Scenario: 2. The web shop's sale is imported and reserves its units
    Given receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    When "Shopify" syncs the sale "1001" with 3 units of "SKU-100"
    Then the sale "1001" from "Shopify" is recorded as imported:
      | sku     | quantity |
      | SKU-100 | 3        |
    And "SKU-100" has 3 units pending for sales
    And "SKU-100" has 7 units available

  @R-7.4
  Scenario: 3. The sale is promised its stock
    Given receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    When the merchant allocates the sale "1001" from "Shopify"
    Then the sale "1001" from "Shopify" is recorded as allocated:
      | sku     | quantity |
      | SKU-100 | 3        |
    And the sale "1001" from "Shopify" is listed as allocated

  @R-8.1 @R-8.10
  Scenario: 4. A picklist is planned for the sale
    Given receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    And the sale "1001" from "Shopify" was allocated
    When the merchant plans a picklist in "MAIN":
      | sku     | quantity | sale |
      | SKU-100 | 3        | 1001 |
    Then a picklist in "MAIN" is recorded with these lines:
      | sku     | quantity | sale |
      | SKU-100 | 3        | 1001 |

  @R-8.4 @R-8.9
  Scenario: 5. The picker takes the units off the shelf
    Given receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    And the sale "1001" from "Shopify" was allocated
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "1001"
    When the picker picks 3 units of "SKU-100" for sale "1001" on picklist "P-1" from "A-01"
    Then 3 units of "SKU-100" for sale "1001" are recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 3 pending
    And the stock of "SKU-100" shows:
      | on hand | picked | pending | available |
      | 7       | 3      | 0       | 7         |

  @R-9.1
  Scenario: 6. The packer checks the picked units
    Given receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    And the sale "1001" from "Shopify" was allocated
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "1001"
    And 3 units of "SKU-100" for sale "1001" were picked on picklist "P-1" from "A-01"
    When the packer passes 3 units of "SKU-100" for sale "1001" on picklist "P-1"
    Then 3 units of "SKU-100" for sale "1001" are recorded as passing the check on picklist "P-1"

  @R-9.3
  Scenario: 7. The parcel leaves with a tracking number
    Given receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    And the sale "1001" from "Shopify" was allocated
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "1001"
    And 3 units of "SKU-100" for sale "1001" were picked on picklist "P-1" from "A-01"
    And 3 units of "SKU-100" for sale "1001" passed the check on picklist "P-1"
    When sale "1001" is shipped with tracking number "1Z-0001" by "UPS"
    Then sale "1001" is recorded as shipped with tracking number "1Z-0001" by "UPS":
      | picklist | sku     | warehouse | quantity |
      | P-1      | SKU-100 | MAIN      | 3        |
    And the stock of "SKU-100" shows:
      | on hand | picked | pending | available |
      | 7       | 0      | 0       | 7         |

  @R-13.3 @R-13.4
  Scenario: 8. The web shop is told how many are left
    Given 10 units of "SKU-100" were last pushed to the channel "Shopify"
    And receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "A-01"
    And the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
    And the sale "1001" from "Shopify" was allocated
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "1001"
    And 3 units of "SKU-100" for sale "1001" were picked on picklist "P-1" from "A-01"
    And 3 units of "SKU-100" for sale "1001" passed the check on picklist "P-1"
    And sale "1001" was shipped with 3 units of "SKU-100" from picklist "P-1"
    When the sync job pushes quantities to the channel "Shopify"
    Then these quantities are recorded as pushed to the channel "Shopify":
      | sku     | quantity | available | previous |
      | SKU-100 | 7        | 7         | 10       |
    And the channel "Shopify" shows 7 units of "SKU-100"
