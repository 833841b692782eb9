@journey @lot @time
Feature: Journey: a lot expires while its stock is on hold
  A customer's quote holds eight units of a product sold in lots. Before the quote runs out, the oldest
  lot passes its expiry: its units stay on the shelf but can no longer be sold, so the hold now covers more
  than is sellable and the product shows as oversold. When the quote expires too, what is left is free
  again. Each scenario is one stage; its Givens are the stages before it.

  Background:
    Given the clock reads 2026-03-01 09:00
    And a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And the product "SKU-200" tracked by lot exists
    And the lot "L-1" of "SKU-200" is registered to expire at 2026-03-10 00:00
    And the lot "L-2" of "SKU-200" is registered to expire at 2026-04-10 00:00
    And the lot "L-1" of "SKU-200" has 6 units on hand in "A-01" of "MAIN"
    And the lot "L-2" of "SKU-200" has 4 units on hand in "A-02" of "MAIN"

  @R-7.1
  Scenario: 1. A quote holds eight units until the 20th
    When the merchant holds 8 units of "SKU-200" as "QUOTE-1" until 2026-03-20 09:00
    Then the hold "QUOTE-1" on 8 units of "SKU-200" until 2026-03-20 09:00 is recorded
    And "SKU-200" has 2 units available

  @R-12.2 @R-6.4
  Scenario: 2. The oldest lot expires under the hold
    Given 8 units of "SKU-200" are held as "QUOTE-1" until 2026-03-20 09:00
    When the clock advances to 2026-03-10 00:00
    Then the lot "L-1" of "SKU-200" is recorded as expired at 2026-03-10 00:00
    And the lot "L-1" of "SKU-200" is listed as expired with 6 units on hand
    And "SKU-200" has 10 units on hand in all
    And "SKU-200" has 8 units held
    And "SKU-200" has 0 units available
    And "SKU-200" is oversold by 4 units

  @R-7.3
  Scenario: 3. The quote expires and the unexpired lot is free again
    Given 8 units of "SKU-200" are held as "QUOTE-1" until 2026-03-20 09:00
    And the clock reads 2026-03-10 00:00
    And lot "L-1" of "SKU-200" is past its expiry
    When the clock advances to 2026-03-20 09:00
    Then the hold "QUOTE-1" on 8 units of "SKU-200" is recorded as expired at 2026-03-20 09:00
    And "SKU-200" has 0 units held
    And "SKU-200" has 4 units available
