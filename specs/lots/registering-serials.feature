@lots @serial @R-12.3
Feature: Registering serial numbers
  Some products are tracked unit by unit: each unit carries a serial number (a laptop, a power tool) that
  warranty and returns depend on. A serial number belongs to one unit of one product, so it is unique per
  product whatever its capitals; it may be registered before its unit arrives, and stock then cites it
  as first written.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And the product "SKU-400" tracked by serial exists

  Rule: A serial is unique per serial-tracked product and may be registered before its unit is in stock

    Scenario: A serial is registered before its unit is in stock
      When the merchant registers the serial "SN-1" of "SKU-400"
      Then the serial "SN-1" of "SKU-400" is recorded as registered
      And the serial "SN-1" of "SKU-400" is listed as not in stock
      And "SKU-400" has 0 units on hand in all

    Scenario: The same serial number may belong to two products
      Given the product "SKU-401" tracked by serial exists
      And the serials "SN-1" of "SKU-401" are registered
      When the merchant registers the serial "SN-1" of "SKU-400"
      Then the serial "SN-1" of "SKU-400" is recorded as registered

    Scenario: A serial the product already knows is refused whatever its capitals
      Given the serials "SN-1" of "SKU-400" are registered
      When the merchant registers the serial "sn-1" of "SKU-400"
      Then the command is refused because the serial "SN-1" of "SKU-400" is already registered
      And nothing is recorded

    Scenario: A serial already in stock can't be registered again
      Given the serials "SN-1" of "SKU-400" are on hand in "A-01" of "MAIN"
      When the merchant registers the serial "SN-1" of "SKU-400"
      Then the command is refused because the serial "SN-1" of "SKU-400" is already registered

    Scenario: A registered serial comes into stock under its recorded spelling
      Given the serials "SN-1" of "SKU-400" are registered
      When the merchant adds the serial "sn-1" of "SKU-400" to "A-01" of "MAIN" because "Received"
      Then the serial "SN-1" of "SKU-400" is recorded as added to "A-01" of "MAIN" because "Received"
      And the serial "SN-1" of "SKU-400" is listed in "A-01" of "MAIN"

  Rule: Only serial-tracked products have serials, of 1 to 64 characters

    Scenario: A serial of a lot-tracked product is refused
      Given the product "SKU-200" tracked by lot exists
      When the merchant registers the serial "SN-1" of "SKU-200"
      Then the command is refused because "SKU-200" is not tracked by serial
      And nothing is recorded

    Scenario: A serial of a product without tracking is refused
      Given the product "SKU-100" exists
      When the merchant registers the serial "SN-1" of "SKU-100"
      Then the command is refused because "SKU-100" is not tracked by serial

    Scenario: A serial of 64 characters is accepted
      When the merchant registers a serial of "SKU-400" with a code of 64 characters
      Then a serial of "SKU-400" with a code of 64 characters is recorded as registered

    Scenario: A serial of 65 characters is refused
      When the merchant registers a serial of "SKU-400" with a code of 65 characters
      Then the command is refused because a serial code is at most 64 characters
      And nothing is recorded

    Scenario: A blank serial is refused
      When the merchant registers the serial " " of "SKU-400"
      Then the command is refused because a serial code can't be blank
      And nothing is recorded
