@channels @R-13.3
Feature: The quantity a channel is shown
  A channel is shown the fixed quantity when its rule has one, otherwise Available less the buffer, never
  below zero and never above the cap. The buffer is rounded up to whole units, so a channel is never shown
  a unit the warehouse can't spare. A product's own rule replaces the channel's default.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a receiving location "DOCK" in "MAIN"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the channel "Shopify" is connected for quantity sync
    And the product "SKU-100" exists

  Rule: pushed = fixed if set, else Available less the buffer (rounded up), clamped to 0 and the cap

    Scenario Outline: <available> available with a buffer of <buffer> %, cap "<cap>" and fixed "<fixed>" shows <quantity>
      Given <available> units of "SKU-100" are on hand in "A-01" of "MAIN"
      And the channel "Shopify" has these sync rules:
        | sku | buffer % | cap   | fixed   |
        |     | <buffer> | <cap> | <fixed> |
      When the sync job pushes the quantities of "SKU-100" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity   | available   | previous |
        | SKU-100 | <quantity> | <available> |          |

      Examples:
        | available | buffer | cap | fixed | quantity |
        | 10        | 0      |     |       | 10       |
        | 10        | 15     |     |       | 8        |
        | 10        | 10     |     |       | 9        |
        | 10        | 100    |     |       | 0        |
        | 10        | 0      | 5   |       | 5        |
        | 3         | 0      | 5   |       | 3        |
        | 10        | 20     | 8   |       | 8        |
        | 10        | 50     | 100 | 25    | 25       |

    Scenario: A channel without a rule is shown everything available
      Given 7 units of "SKU-100" are on hand in "A-01" of "MAIN"
      When the sync job pushes the quantities of "SKU-100" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-100 | 7        | 7         |          |
      And the channel "Shopify" shows 7 units of "SKU-100"

    Scenario: A fixed quantity is shown with no stock at all
      Given the channel "Shopify" has these sync rules:
        | sku     | buffer % | cap | fixed |
        | SKU-100 | 0        |     | 25    |
      When the sync job pushes the quantities of "SKU-100" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-100 | 25       | 0         |          |

    Scenario: A fixed quantity of zero takes a product off the channel
      Given 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
      And the channel "Shopify" has these sync rules:
        | sku     | buffer % | cap | fixed |
        | SKU-100 | 0        |     | 0     |
      When the sync job pushes the quantities of "SKU-100" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-100 | 0        | 10        |          |

    Scenario: A product's own rule replaces the channel's default
      Given 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
      And the product "SKU-200" exists
      And 10 units of "SKU-200" are on hand in "A-01" of "MAIN"
      And the channel "Shopify" has these sync rules:
        | sku     | buffer % | cap | fixed |
        |         | 50       |     |       |
        | SKU-200 | 0        | 4   |       |
      When the sync job pushes quantities to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-100 | 5        | 10        |          |
        | SKU-200 | 4        | 10        |          |

    Scenario: A channel can't be capped below zero units
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field | value |
        | cap   | -1    |
      Then the command is refused because the cap of a sync rule must be between 0 and 1000000000000, not -1
      And nothing is recorded

  Rule: A channel is shown Available: sellable stock only

    Scenario: Stock on the receiving dock is not shown to a channel
      Given 10 units of "SKU-100" are on hand in "DOCK" of "MAIN"
      And 2 units of "SKU-100" are on hand in "A-01" of "MAIN"
      When the sync job pushes the quantities of "SKU-100" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-100 | 2        | 2         |          |

    @lot @R-12.2
    Scenario: Units of an expired lot are not shown to a channel
      Given the clock reads 2026-03-01 09:00
      And the product "SKU-300" tracked by lot exists
      And the lot "L-1" of "SKU-300" is registered without an expiry
      And the lot "L-2" of "SKU-300" is registered without an expiry
      And the lot "L-1" of "SKU-300" has 6 units on hand in "A-01" of "MAIN"
      And the lot "L-2" of "SKU-300" has 4 units on hand in "A-01" of "MAIN"
      And the lot "L-1" of "SKU-300" was expired by hand
      When the sync job pushes the quantities of "SKU-300" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | SKU-300 | 4        | 4         |          |
