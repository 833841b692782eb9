@channels @R-13.4
Feature: Pushing quantities only when they change
  The sync job runs often and a channel's API is slow and rate-limited, so a push records (and sends) only
  the products whose quantity differs from the last one the channel was given. A push names the products
  to send, by SKU or alternate SKU, or none to send every active product.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the channel "Shopify" is connected for quantity sync
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 4 units of "SKU-200" are on hand in "A-01" of "MAIN"

  Rule: A push records one event per product whose quantity changed, in SKU order

    Scenario: The first push sends every active product in SKU order
      Given the product "SKU-050" exists
      When the sync job pushes quantities to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-050 | 0        | 0         |          |
        | SKU-100 | 10       | 10        |          |
        | SKU-200 | 4        | 4         |          |
      And the channel "Shopify" shows 4 units of "SKU-200"

    Scenario: A repeated push changes nothing
      Given 10 units of "SKU-100" were last pushed to the channel "Shopify"
      And 4 units of "SKU-200" were last pushed to the channel "Shopify"
      When the sync job pushes quantities to the channel "Shopify"
      Then the command is accepted
      And nothing is recorded

    Scenario: Only the products whose quantity changed are pushed again
      Given 10 units of "SKU-100" were last pushed to the channel "Shopify"
      And 5 units of "SKU-200" were last pushed to the channel "Shopify"
      When the sync job pushes quantities to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-200 | 4        | 4         | 5        |
      And the channel "Shopify" shows 4 units of "SKU-200"

    Scenario: A product that sold out is pushed as zero
      Given 4 units of "SKU-200" were last pushed to the channel "Shopify"
      And the merchant removed 4 units of "SKU-200" from "A-01" of "MAIN" because "Received"
      When the sync job pushes the quantities of "SKU-200" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-200 | 0        | 0         | 4        |

    Scenario: A change the cap hides pushes nothing
      Given the channel "Shopify" has these sync rules:
        | sku | buffer % | cap | fixed |
        |     | 0        | 3   |       |
      And 3 units of "SKU-100" were last pushed to the channel "Shopify"
      And 3 units of "SKU-200" were last pushed to the channel "Shopify"
      When the sync job pushes quantities to the channel "Shopify"
      Then the command is accepted
      And nothing is recorded

    Scenario: A deactivated product is left out of a push of everything
      Given the product "SKU-100" has been deactivated
      When the sync job pushes quantities to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-200 | 4        | 4         |          |

  Rule: A push names at most 1,000 products, by SKU or alternate SKU, or none for every product

    Scenario: A push names some products by SKU or alternate SKU
      Given the product "SKU-200" is also known as "EAN-200"
      When the sync job pushes the quantities of "EAN-200" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-200 | 4        | 4         |          |

    Scenario: A push naming one product 1,000 times is accepted
      When the sync job pushes a list naming "SKU-100" 1000 times to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-100 | 10       | 10        |          |

    Scenario: A push naming 1,001 products is refused
      When the sync job pushes a list naming "SKU-100" 1001 times to the channel "Shopify"
      Then the command is refused because a push to the channel "Shopify" names 1001 SKUs and at most 1000 are allowed
      And nothing is recorded

    Scenario: A push naming a product the catalog does not know is refused
      When the sync job pushes the quantities of "SKU-100 and SKU-999" to the channel "Shopify"
      Then the command is refused because there is no product "SKU-999"
      And nothing is recorded
