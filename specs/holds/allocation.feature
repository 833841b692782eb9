@holds @R-7.4
Feature: Allocating stock to sales
  When stock is short, allocation decides which sale gets it: sellable units are promised to a sale's units
  still to pick, all of them or none. A sale gets what is left after holds, the sales already allocated and
  every unallocated sale ahead of it: ahead means a higher priority (urgent, high, normal), then an older
  order. So no sale jumps the queue, and exactly enough left is enough. Allocated units stay pending, so
  Available does not move.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a receiving location "R-01" in "MAIN"
    And a reason "Received" exists
    And a channel "Shopify" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 5 units of "SKU-200" are on hand in "A-01" of "MAIN"

  Rule: A sale with enough free stock is allocated in full

    Scenario: A sale is promised its units and Available does not move
      Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
      When the merchant allocates the sale "1001" from "Shopify"
      Then the sale "1001" from "Shopify" is recorded as allocated:
        | sku     | quantity |
        | SKU-100 | 3        |
      And the sale "1001" from "Shopify" is listed as allocated
      And "SKU-100" has 7 units available
      And "SKU-100" has 3 units pending for sales

    Scenario: Exactly enough free stock is enough
      Given the sale "1001" from "Shopify" was imported with 10 units of "SKU-100"
      When the merchant allocates the sale "1001" from "Shopify"
      Then the sale "1001" from "Shopify" is recorded as allocated:
        | sku     | quantity |
        | SKU-100 | 10       |

    Scenario: Every line of a sale is allocated together
      Given the sale "1001" from "Shopify" was imported with:
        | sku     | quantity |
        | SKU-200 | 5        |
        | SKU-100 | 4        |
      When the merchant allocates the sale "1001" from "Shopify"
      Then the sale "1001" from "Shopify" is recorded as allocated:
        | sku     | quantity |
        | SKU-100 | 4        |
        | SKU-200 | 5        |

    Scenario: An urgent sale goes before an older normal one
      Given these sales were imported:
        | channel | sale | sku     | quantity | priority | ordered at       |
        | Shopify | 1001 | SKU-100 | 6        | normal   | 2026-03-01 09:00 |
        | Shopify | 1002 | SKU-100 | 6        | urgent   | 2026-03-01 10:00 |
      When the merchant allocates the sale "1002" from "Shopify"
      Then the sale "1002" from "Shopify" is recorded as allocated:
        | sku     | quantity |
        | SKU-100 | 6        |

    Scenario: A sale behind others may take what they leave
      Given these sales were imported:
        | channel | sale | sku     | quantity | priority | ordered at       |
        | Shopify | 1001 | SKU-100 | 6        | high     | 2026-03-01 09:00 |
        | Shopify | 1002 | SKU-100 | 4        | normal   | 2026-03-01 08:00 |
      When the merchant allocates the sale "1002" from "Shopify"
      Then the sale "1002" from "Shopify" is recorded as allocated:
        | sku     | quantity |
        | SKU-100 | 4        |

    Scenario: Allocating an allocated sale changes nothing
      Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
      And the sale "1001" from "Shopify" was allocated
      When the merchant allocates the sale "1001" from "Shopify"
      Then the command is accepted
      And nothing is recorded

  Rule: No sale is allocated from stock that is held, promised or due to a sale ahead of it

    Scenario: A sale short of stock is not allocated at all
      Given the sale "1001" from "Shopify" was imported with 11 units of "SKU-100"
      When the merchant allocates the sale "1001" from "Shopify"
      Then the allocation is refused because the sale needs 11 units of "SKU-100" and only 10 are free for it, 0 going to sales ahead
      And nothing is recorded
      And the sale "1001" from "Shopify" is listed as not allocated

    Scenario: One short line keeps the whole sale unallocated
      Given the sale "1001" from "Shopify" was imported with:
        | sku     | quantity |
        | SKU-100 | 3        |
        | SKU-200 | 6        |
      When the merchant allocates the sale "1001" from "Shopify"
      Then the allocation is refused because the sale needs 6 units of "SKU-200" and only 5 are free for it, 0 going to sales ahead
      And nothing is recorded

    Scenario: Held units are not free for a sale
      Given 4 units of "SKU-100" are held as "H-1"
      And the sale "1001" from "Shopify" was imported with 7 units of "SKU-100"
      When the merchant allocates the sale "1001" from "Shopify"
      Then the allocation is refused because the sale needs 7 units of "SKU-100" and only 6 are free for it, 0 going to sales ahead

    Scenario: Units promised to another sale are not free
      Given the sale "1001" from "Shopify" was imported with 6 units of "SKU-100"
      And the sale "1001" from "Shopify" was allocated
      And the sale "1002" from "Shopify" was imported with 5 units of "SKU-100"
      When the merchant allocates the sale "1002" from "Shopify"
      Then the allocation is refused because the sale needs 5 units of "SKU-100" and only 4 are free for it, 0 going to sales ahead

    Scenario: An older sale of the same priority is ahead in the queue
      Given these sales were imported:
        | channel | sale | sku     | quantity | ordered at       |
        | Shopify | 1001 | SKU-100 | 6        | 2026-03-01 09:00 |
        | Shopify | 1002 | SKU-100 | 5        | 2026-03-01 10:00 |
      When the merchant allocates the sale "1002" from "Shopify"
      Then the allocation is refused because the sale needs 5 units of "SKU-100" and only 4 are free for it, 6 going to sales ahead

    Scenario: A higher priority sale is ahead even when it is newer
      Given these sales were imported:
        | channel | sale | sku     | quantity | priority | ordered at       |
        | Shopify | 1001 | SKU-100 | 6        | normal   | 2026-03-01 09:00 |
        | Shopify | 1002 | SKU-100 | 6        | urgent   | 2026-03-01 10:00 |
      When the merchant allocates the sale "1001" from "Shopify"
      Then the allocation is refused because the sale needs 6 units of "SKU-100" and only 4 are free for it, 6 going to sales ahead

    Scenario: Stock at the receiving dock is not free for a sale
      Given 5 units of "SKU-100" are on hand in "R-01" of "MAIN"
      And the sale "1001" from "Shopify" was imported with 12 units of "SKU-100"
      When the merchant allocates the sale "1001" from "Shopify"
      Then the allocation is refused because the sale needs 12 units of "SKU-100" and only 10 are free for it, 0 going to sales ahead

    Scenario: A cancelled sale can't be allocated
      Given the sale "1001" from "Shopify" was imported with 3 units of "SKU-100"
      And the sale "1001" from "Shopify" was cancelled
      When the merchant allocates the sale "1001" from "Shopify"
      Then the command is refused because the sale "1001" from "Shopify" is cancelled
      And nothing is recorded

    Scenario: A sale that was never imported can't be allocated
      When the merchant allocates the sale "9999" from "Shopify"
      Then the command is refused because there is no sale "9999" from "Shopify"
