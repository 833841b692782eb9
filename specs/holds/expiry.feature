@holds @R-7.3 @time
Feature: Holds expire with time
  A hold may be given an expiry (a cart kept for 30 minutes, a quote valid until Friday). When the clock
  reaches it the hold expires by itself and its units are available again; the expiry is recorded once,
  dated at the hold's own expiry, earliest first. The expiry must lie after the clock's time when the
  hold is placed. A hold released before its expiry never expires.

  Background:
    Given the clock reads 2026-03-01 09:00
    And a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Rule: A hold may be given an expiry after the clock's time

    Scenario: A hold is placed until a given time
      When the merchant holds 4 units of "SKU-100" as "CART-1" until 2026-03-01 09:30
      Then the hold "CART-1" on 4 units of "SKU-100" until 2026-03-01 09:30 is recorded
      And "SKU-100" has 6 units available

    Scenario: A hold may expire one second after the clock's time
      When the merchant holds 4 units of "SKU-100" as "CART-1" until 2026-03-01 09:00:01
      Then the hold "CART-1" on 4 units of "SKU-100" until 2026-03-01 09:00:01 is recorded

    Scenario Outline: A hold can't expire at <expiry>, when the clock reads 09:00
      When the merchant holds 4 units of "SKU-100" as "CART-1" until <expiry>
      Then the hold is refused because it would expire at <expiry>, not after the clock's 2026-03-01 09:00
      And nothing is recorded

      Examples:
        | expiry           |
        | 2026-03-01 09:00 |
        | 2026-03-01 08:59 |
        | 2026-02-01 09:00 |

  Rule: A hold expires when the clock reaches its expiry

    Background:
      Given 4 units of "SKU-100" are held as "CART-1" until 2026-03-01 09:30

    Scenario: The hold expires at its expiry and its units are available again
      When the clock advances to 2026-03-01 09:30
      Then the hold "CART-1" on 4 units of "SKU-100" is recorded as expired at 2026-03-01 09:30
      And "SKU-100" has 0 units held
      And "SKU-100" has 10 units available
      And the hold "CART-1" is listed as expired

    Scenario: One second before its expiry the hold still holds
      When the clock advances to 2026-03-01 09:29:59
      Then nothing is recorded
      And "SKU-100" has 4 units held
      And the hold "CART-1" is listed as active

    Scenario: A hold the clock passed long ago is dated at its own expiry
      When the clock advances to 2026-03-02 18:00
      Then the hold "CART-1" on 4 units of "SKU-100" is recorded as expired at 2026-03-01 09:30

    Scenario: Holds expire earliest first
      Given 2 units of "SKU-100" are held as "CART-2" until 2026-03-01 09:15
      And 1 unit of "SKU-100" is held as "QUOTE-7" until 2026-03-06 17:00
      When the clock advances to 2026-03-01 12:00
      Then these holds are recorded as expired:
        | hold   | sku     | quantity | expired at       |
        | CART-2 | SKU-100 | 2        | 2026-03-01 09:15 |
        | CART-1 | SKU-100 | 4        | 2026-03-01 09:30 |
      And "SKU-100" has 1 unit held

    Scenario: A released hold never expires
      Given the hold "CART-1" was released
      When the clock advances to 2026-03-01 10:00
      Then nothing is recorded
      And the hold "CART-1" is listed as released

    Scenario: An expired hold expires only once
      Given the clock reads 2026-03-01 09:30
      And the hold "CART-1" expired
      When the clock advances to 2026-03-01 11:00
      Then nothing is recorded
      And "SKU-100" has 0 units held

    Scenario: A hold without an expiry lasts until released
      Given 3 units of "SKU-100" are held as "H-1"
      When the clock advances to 2027-03-01 09:00
      Then the hold "CART-1" on 4 units of "SKU-100" is recorded as expired at 2026-03-01 09:30
      And "SKU-100" has 3 units held
      And the hold "H-1" is listed as active
