@lots @lot @R-12.2
Feature: Expired lots
  Units past their expiry must not be sold, but they are still in the building until someone takes them
  off the shelf: an expired lot's units stay on hand and stop being sellable. A lot expires when the clock
  reaches its expiry, dated at the expiry itself, or earlier by hand (a recall, a spoiled batch).

  Background:
    Given the clock reads 2026-03-01 09:00
    And a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And the product "SKU-200" tracked by lot exists
    And the lot "L-1" of "SKU-200" is registered to expire at 2026-03-10 00:00
    And the lot "L-2" of "SKU-200" is registered to expire at 2026-04-10 00:00
    And the lot "L-1" of "SKU-200" has 6 units on hand in "A-01" of "MAIN"
    And the lot "L-2" of "SKU-200" has 4 units on hand in "A-02" of "MAIN"

  Rule: An expired lot's units stay on hand but are not sellable

    Scenario: A lot expired by hand stops being available at once
      When the merchant expires the lot "L-1" of "SKU-200"
      Then the lot "L-1" of "SKU-200" is recorded as expired at 2026-03-01 09:00
      And the lot "L-1" of "SKU-200" is listed as expired with 6 units on hand
      And "SKU-200" has 10 units on hand in all
      And "SKU-200" has 4 units available

    Scenario: With every lot expired nothing is available
      Given the lot "L-2" of "SKU-200" was expired by hand
      When the merchant expires the lot "L-1" of "SKU-200"
      Then the lot "L-1" of "SKU-200" is recorded as expired at 2026-03-01 09:00
      And "SKU-200" has 0 units available
      And "SKU-200" has 10 units on hand in all

    Scenario: A lot is expired by hand under the spellings first recorded
      When the merchant expires the lot "l-1" of "sku-200"
      Then the lot "L-1" of "SKU-200" is recorded as expired at 2026-03-01 09:00

    Scenario: Expiring an expired lot changes nothing
      Given the lot "L-1" of "SKU-200" was expired by hand
      When the merchant expires the lot "L-1" of "SKU-200"
      Then the command is accepted
      And nothing is recorded

    Scenario: Expiring a lot that was never registered is refused
      When the merchant expires the lot "L-9" of "SKU-200"
      Then the command is refused because "SKU-200" has no lot "L-9"
      And nothing is recorded

    Scenario: Expiring a lot of a product the catalog does not know is refused
      When the merchant expires the lot "L-1" of "SKU-999"
      Then the command is refused because there is no product "SKU-999"

  @time
  Rule: A lot expires when the clock reaches its expiry, dated at the expiry

    Scenario: A lot expires at exactly its expiry
      When the clock advances to 2026-03-10 00:00
      Then the lot "L-1" of "SKU-200" is recorded as expired at 2026-03-10 00:00
      And "SKU-200" has 4 units available
      And the lot "L-2" of "SKU-200" is listed as not expired with 4 units on hand

    Scenario: A lot is still sellable one millisecond before its expiry
      When the clock advances to 2026-03-09 23:59:59.999
      Then nothing is recorded
      And "SKU-200" has 10 units available

    Scenario: A lot the clock passed long ago is dated at its own expiry, not at the clock's time
      When the clock advances to 2026-03-20 12:00
      Then the lot "L-1" of "SKU-200" is recorded as expired at 2026-03-10 00:00

    Scenario: Lots the clock passes together expire earliest first
      Given the product "SKU-100" tracked by lot exists
      And the lot "B-7" of "SKU-100" is registered to expire at 2026-03-05 00:00
      When the clock advances to 2026-05-01 00:00
      Then these lots are recorded as expired:
        | sku     | lot | expired at       |
        | SKU-100 | B-7 | 2026-03-05 00:00 |
        | SKU-200 | L-1 | 2026-03-10 00:00 |
        | SKU-200 | L-2 | 2026-04-10 00:00 |
      And "SKU-200" has 0 units available

    Scenario: A lot expired by hand does not expire again when its date comes
      Given the lot "L-1" of "SKU-200" was expired by hand
      When the clock advances to 2026-03-10 00:00
      Then nothing is recorded

    Scenario: A lot without an expiry never expires
      Given the lot "L-3" of "SKU-200" is registered without an expiry
      And the lot "L-3" of "SKU-200" has 2 units on hand in "A-01" of "MAIN"
      When the clock advances to 2036-03-01 00:00
      Then these lots are recorded as expired:
        | sku     | lot | expired at       |
        | SKU-200 | L-1 | 2026-03-10 00:00 |
        | SKU-200 | L-2 | 2026-04-10 00:00 |
      And the lot "L-3" of "SKU-200" is listed as not expired with 2 units on hand
      And "SKU-200" has 2 units available
