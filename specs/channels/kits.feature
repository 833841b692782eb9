@channels @R-13.5
Feature: Channel quantities of kits
  A kit (a gift box, a bundle) is sold on channels like any product, but most of its units are not
  assembled yet: the channel is shown what the warehouse can deliver, the kits already assembled plus the
  kits its components can still make.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the channel "Shopify" is connected for quantity sync
    And the product "CUP" exists
    And the product "SAUCER" exists
    And the product "TEA-SET" exists
    And the kit "TEA-SET" is made of:
      | component | units |
      | CUP       | 2             |
      | SAUCER    | 1             |

  Rule: A kit's quantity is computed from its kit availability

    Scenario: A kit is shown the kits its components can make
      Given 10 units of "CUP" are on hand in "A-01" of "MAIN"
      And 3 units of "SAUCER" are on hand in "A-01" of "MAIN"
      When the sync job pushes the quantities of "TEA-SET" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | TEA-SET | 3        | 3         |          |

    Scenario: Assembled kits are shown on top of the kits the components can make
      Given 10 units of "CUP" are on hand in "A-01" of "MAIN"
      And 3 units of "SAUCER" are on hand in "A-01" of "MAIN"
      And 2 units of "TEA-SET" are on hand in "A-01" of "MAIN"
      When the sync job pushes the quantities of "TEA-SET" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | TEA-SET | 5        | 5         |          |

    Scenario: One missing component leaves only the assembled kits
      Given 1 unit of "CUP" is on hand in "A-01" of "MAIN"
      And 3 units of "SAUCER" are on hand in "A-01" of "MAIN"
      And 2 units of "TEA-SET" are on hand in "A-01" of "MAIN"
      When the sync job pushes the quantities of "TEA-SET" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | TEA-SET | 2        | 2         |          |

    Scenario: The buffer applies to the kit's availability
      Given 20 units of "CUP" are on hand in "A-01" of "MAIN"
      And 10 units of "SAUCER" are on hand in "A-01" of "MAIN"
      And the channel "Shopify" has these sync rules:
        | sku     | buffer % | cap | fixed |
        | TEA-SET | 25       |     |       |
      When the sync job pushes the quantities of "TEA-SET" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | TEA-SET | 7        | 10        |          |

    Scenario: A kit whose components ran out is pushed as zero
      Given 5 units of "TEA-SET" were last pushed to the channel "Shopify"
      When the sync job pushes the quantities of "TEA-SET" to the channel "Shopify"
      Then these quantities are recorded as pushed to the channel "Shopify":
        | sku     | quantity | available | previous |
        | TEA-SET | 0        | 0         | 5        |

    Scenario: A kit the catalog does not know can't be pushed
      When the sync job pushes the quantities of "TEA-SET and COFFEE-SET" to the channel "Shopify"
      Then the command is refused because there is no product "COFFEE-SET"
      And nothing is recorded
