@holds @R-7.1
Feature: Holding stock for someone
  The merchant sets units aside (for a wholesale customer, a marketplace promotion, a damaged-box check):
  they move from Available to Held, and no channel can sell them. Only available units can be held, so
  held never exceeds what was available. The merchant names each hold (1 to 64 characters, never used
  twice) and may add a note of up to 200 characters.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a receiving location "R-01" in "MAIN"
    And a reason "Received" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Rule: A hold takes available units into Held

    Scenario: Held units are no longer available
      When the merchant holds 4 units of "SKU-100" as "H-1"
      Then the hold "H-1" on 4 units of "SKU-100" is recorded
      And "SKU-100" has 4 units held
      And "SKU-100" has 6 units available
      And "SKU-100" has 10 units on hand in all
      And the hold "H-1" is listed as active

    Scenario: Every available unit may be held
      When the merchant holds 10 units of "SKU-100" as "H-1"
      Then the hold "H-1" on 10 units of "SKU-100" is recorded
      And "SKU-100" has 0 units available

    Scenario: A hold records who the units are for
      When the merchant holds 2 units of "SKU-100" as "H-1" for "Wholesale order of Café Nord"
      Then the hold "H-1" on 2 units of "SKU-100" for "Wholesale order of Café Nord" is recorded

    Scenario: A note of 200 characters is kept
      When the merchant holds 2 units of "SKU-100" as "H-1" with a note of 200 characters
      Then the hold "H-1" on 2 units of "SKU-100" with a note of 200 characters is recorded

    Scenario: A hold id of 64 characters is accepted
      When the merchant holds 1 unit of "SKU-100" under an id of 64 characters
      Then a hold with an id of 64 characters on 1 unit of "SKU-100" is recorded

    Scenario: A hold names the product by an alternate SKU too
      Given the product "SKU-100" is also known as "ALT-100"
      When the merchant holds 3 units of "ALT-100" as "H-1"
      Then the hold "H-1" on 3 units of "SKU-100" is recorded

  Rule: Held never exceeds available

    Scenario: One unit more than available can't be held
      When the merchant holds 11 units of "SKU-100" as "H-1"
      Then the hold is refused because only 10 units of "SKU-100" are available, 1 short
      And nothing is recorded
      And "SKU-100" has 0 units held

    Scenario: Earlier holds leave fewer units to hold
      Given 6 units of "SKU-100" are held as "H-1"
      When the merchant holds 5 units of "SKU-100" as "H-2"
      Then the hold is refused because only 4 units of "SKU-100" are available, 1 short

    Scenario: Stock at the receiving dock can't be held
      Given 5 units of "SKU-100" are on hand in "R-01" of "MAIN"
      When the merchant holds 12 units of "SKU-100" as "H-1"
      Then the hold is refused because only 10 units of "SKU-100" are available, 2 short

    Scenario: A kit is held only from kits already assembled
      Given the product "GIFT-BOX" exists
      And the kit "GIFT-BOX" is made of:
        | component | units |
        | SKU-100   | 2        |
      When the merchant holds 1 unit of "GIFT-BOX" as "H-1"
      Then the hold is refused because only 0 units of "GIFT-BOX" are available, 1 short

    Scenario: A product with no stock can't be held
      Given the product "SKU-200" exists
      When the merchant holds 1 unit of "SKU-200" as "H-1"
      Then the hold is refused because only 0 units of "SKU-200" are available, 1 short

  Rule: A hold is well formed

    Scenario: A hold id is never used twice, even after a release and whatever its capitals
      Given 2 units of "SKU-100" are held as "H-1"
      And the hold "H-1" was released
      When the merchant holds 2 units of "SKU-100" as "h-1"
      Then the hold is refused because the hold "H-1" already exists
      And nothing is recorded

    Scenario Outline: A hold id of <length> characters is refused
      When the merchant holds 1 unit of "SKU-100" under an id of <length> characters
      Then the hold is refused because a hold id is 1 to 64 characters, not <length>
      And nothing is recorded

      Examples:
        | length |
        | 0      |
        | 65     |

    Scenario: A note of 201 characters is refused
      When the merchant holds 2 units of "SKU-100" as "H-1" with a note of 201 characters
      Then the hold is refused because its note has 201 characters, more than 200
      And nothing is recorded

    Scenario Outline: Holding <quantity> units is refused
      When the merchant holds <quantity> units of "SKU-100" as "H-1"
      Then the command is refused because a command moves between 1 and 1000000000000 units, not <quantity>

      Examples:
        | quantity      |
        | 0             |
        | -1            |
        | 1000000000001 |

    Scenario: A product that does not exist can't be held
      When the merchant holds 1 unit of "SKU-999" as "H-1"
      Then the command is refused because there is no product "SKU-999"
