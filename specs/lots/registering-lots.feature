@lots @lot @R-12.1
Feature: Registering lots
  Food, medicine and cosmetics are bought in lots (batches) with a best-before or expiry date. A lot is
  registered once per product, with its expiry if it has one, before any of its units are put on a
  shelf, so the system always knows when the units it holds stop being sellable. An expiry, once
  recorded, is never rewritten: a different date means a different lot.

  Background:
    Given the clock reads 2026-03-01 09:00
    And the product "SKU-200" tracked by lot exists

  Rule: A lot is registered once per lot-tracked product, with an expiry that is never rewritten

    Scenario: A lot is registered with its expiry
      When the merchant registers the lot "L-1" of "SKU-200" to expire at 2026-06-30 23:59
      Then the lot "L-1" of "SKU-200" is recorded as registered to expire at 2026-06-30 23:59
      And the lot "L-1" of "SKU-200" is listed as not expired with 0 units on hand

    Scenario: A lot that does not expire is registered without an expiry
      When the merchant registers the lot "L-1" of "SKU-200" without an expiry
      Then the lot "L-1" of "SKU-200" is recorded as registered without an expiry

    Scenario: A lot is registered under the product's SKU as the catalog spells it
      When the merchant registers the lot "L-1" of "sku-200" without an expiry
      Then the lot "L-1" of "SKU-200" is recorded as registered without an expiry

    Scenario: The same code may be a lot of two products
      Given the product "SKU-201" tracked by lot exists
      And the lot "L-1" of "SKU-201" is registered without an expiry
      When the merchant registers the lot "L-1" of "SKU-200" without an expiry
      Then the lot "L-1" of "SKU-200" is recorded as registered without an expiry

    Scenario: Registering a lot again with the same expiry changes nothing
      Given the lot "L-1" of "SKU-200" is registered to expire at 2026-06-30 23:59
      When the merchant registers the lot "l-1" of "SKU-200" to expire at 2026-06-30 23:59
      Then the command is accepted
      And nothing is recorded

    Scenario: Registering a lot again with another expiry is refused
      Given the lot "L-1" of "SKU-200" is registered to expire at 2026-06-30 23:59
      When the merchant registers the lot "L-1" of "SKU-200" to expire at 2026-07-31 23:59
      Then the command is refused because the lot "L-1" of "SKU-200" is already registered to expire at another time
      And nothing is recorded

    Scenario: A lot registered without an expiry can't be given one later
      Given the lot "L-1" of "SKU-200" is registered without an expiry
      When the merchant registers the lot "L-1" of "SKU-200" to expire at 2026-06-30 23:59
      Then the command is refused because the lot "L-1" of "SKU-200" is already registered to expire at another time

    Scenario: A lot's expiry can't be taken away by registering it without one
      Given the lot "L-1" of "SKU-200" is registered to expire at 2026-06-30 23:59
      When the merchant registers the lot "L-1" of "SKU-200" without an expiry
      Then the command is refused because the lot "L-1" of "SKU-200" is already registered to expire at another time

  Rule: Only lot-tracked products have lots, with codes of 1 to 64 characters

    Scenario: A lot of a serial-tracked product is refused
      Given the product "SKU-300" tracked by serial exists
      When the merchant registers the lot "L-1" of "SKU-300" without an expiry
      Then the command is refused because "SKU-300" is not tracked by lot
      And nothing is recorded

    Scenario: A lot of a product without tracking is refused
      Given the product "SKU-100" exists
      When the merchant registers the lot "L-1" of "SKU-100" without an expiry
      Then the command is refused because "SKU-100" is not tracked by lot

    Scenario: A lot code of 64 characters is accepted
      When the merchant registers a lot of "SKU-200" with a code of 64 characters
      Then a lot of "SKU-200" with a code of 64 characters is recorded as registered

    Scenario: A lot code of 65 characters is refused
      When the merchant registers a lot of "SKU-200" with a code of 65 characters
      Then the command is refused because a lot code is at most 64 characters
      And nothing is recorded

    Scenario: A lot with a blank code is refused
      When the merchant registers the lot "  " of "SKU-200" without an expiry
      Then the command is refused because a lot code can't be blank
      And nothing is recorded

    Scenario: A lot of a product the catalog does not know is refused
      When the merchant registers the lot "L-1" of "SKU-999" without an expiry
      Then the command is refused because there is no product "SKU-999"

    Scenario: A lot of a deactivated product is refused
      Given the product "SKU-200" has been deactivated
      When the merchant registers the lot "L-1" of "SKU-200" without an expiry
      Then the command is refused because the product "SKU-200" is inactive

  Rule: Stock is only recorded in registered lots

    Background:
      Given a warehouse "MAIN" with a pick location "A-01"
      And a reason "Received" exists

    Scenario: Units of a registered lot are put on a shelf
      Given the lot "L-1" of "SKU-200" is registered without an expiry
      When the merchant adds 5 units of the lot "L-1" of "SKU-200" to "A-01" of "MAIN" because "Received"
      Then 5 units of the lot "L-1" of "SKU-200" are recorded as added to "A-01" of "MAIN" because "Received"
      And the lot "L-1" of "SKU-200" is listed as not expired with 5 units on hand

    Scenario: Units of a lot that was never registered are refused
      When the merchant adds 5 units of the lot "L-9" of "SKU-200" to "A-01" of "MAIN" because "Received"
      Then the command is refused because "SKU-200" has no lot "L-9"
      And nothing is recorded
