@transfers @R-10.5
Feature: Lots and serials arrive as they left
  A transfer carries units, not just quantities: a lot travels as that lot, with its expiry, and a
  serial-numbered unit arrives under its own serial. A receipt names a lot the transfer shipped and
  serials still in transit on it.

  Background:
    Given the clock reads 2026-03-01 09:00
    And a warehouse "MAIN" with a pick location "A-01"
    And a warehouse "EAST" with a pick location "B-01"
    And the product "MILK" tracked by lot exists
    And the product "PHONE" tracked by serial exists
    And 4 units of "MILK" in lot "L-APR" expiring 2026-04-01 are on hand in "A-01" of "MAIN"
    And 2 units of "MILK" in lot "L-JUN" expiring 2026-06-01 are on hand in "A-01" of "MAIN"
    And 3 units of "PHONE" with serials "SN-1, SN-2, SN-3" are on hand in "A-01" of "MAIN"
    And a transfer "T-1" from "MAIN" to "EAST" plans:
      | sku   | quantity |
      | MILK  | 6        |
      | PHONE | 3        |

  @R-10.2
  Scenario: Lots and serials travel with the units
    When the transfer "T-1" ships:
      | sku   | location | quantity | lot   | serials    |
      | MILK  | A-01     | 3        | L-APR |            |
      | PHONE | A-01     | 2        |       | SN-1, SN-2 |
    Then the transfer "T-1" is recorded as shipped:
      | sku   | location | quantity | lot   | serials    |
      | MILK  | A-01     | 3        | L-APR |            |
      | PHONE | A-01     | 2        |       | SN-1, SN-2 |

  @R-10.2 @R-4.5
  Scenario: A lot-tracked product ships naming its lot
    When the transfer "T-1" ships:
      | sku  | location | quantity |
      | MILK | A-01     | 3        |
    Then the command is refused because the lot of "MILK" must be named
    And nothing is recorded

  @R-10.2
  Scenario: A serial ships only from where it is
    When the transfer "T-1" ships:
      | sku   | location | quantity | serials |
      | PHONE | A-01     | 1        | SN-7    |
    Then the command is refused because the serial "SN-7" of "PHONE" is not found in "A-01" of "MAIN"

  @R-10.2
  Scenario: One serial can't ship twice in one shipment
    When the transfer "T-1" ships:
      | sku   | location | quantity | serials |
      | PHONE | A-01     | 1        | SN-1    |
      | PHONE | A-01     | 1        | SN-1    |
    Then the command is refused because the serial "SN-1" of "PHONE" is not found in "A-01" of "MAIN"

  Rule: A receipt names what was shipped

    Background:
      Given the transfer "T-1" shipped:
        | sku   | location | quantity | lot   | serials    |
        | MILK  | A-01     | 3        | L-APR |            |
        | MILK  | A-01     | 1        | L-JUN |            |
        | PHONE | A-01     | 2        |       | SN-1, SN-2 |

    Scenario: A lot arrives as the lot that left
      When the transfer "T-1" receives:
        | sku  | location | quantity | lot   |
        | MILK | B-01     | 3        | L-APR |
      Then the transfer "T-1" is recorded as received:
        | sku  | location | quantity | lot   |
        | MILK | B-01     | 3        | L-APR |

    Scenario: More of a lot than shipped in that lot is refused
      When the transfer "T-1" receives:
        | sku  | location | quantity | lot   |
        | MILK | B-01     | 2        | L-JUN |
      Then the receipt is refused because only 1 unit of "MILK" in lot "L-JUN" is in transit on transfer "T-1"
      And nothing is recorded

    Scenario: A lot the transfer did not ship is not received
      Given 1 unit of "MILK" in lot "L-SEP" expiring 2026-09-01 is on hand in "A-01" of "MAIN"
      When the transfer "T-1" receives:
        | sku  | location | quantity | lot   |
        | MILK | B-01     | 1        | L-SEP |
      Then the receipt is refused because only 0 units of "MILK" in lot "L-SEP" are in transit on transfer "T-1"

    Scenario: A serial arrives under its own number
      When the transfer "T-1" receives:
        | sku   | location | quantity | serials |
        | PHONE | B-01     | 1        | SN-2    |
      Then the transfer "T-1" is recorded as received:
        | sku   | location | quantity | serials |
        | PHONE | B-01     | 1        | SN-2    |

    Scenario: A serial that stayed behind is not received
      When the transfer "T-1" receives:
        | sku   | location | quantity | serials |
        | PHONE | B-01     | 1        | SN-3    |
      Then the receipt is refused because the serial "SN-3" of "PHONE" is not in transit on transfer "T-1"
      And nothing is recorded

    Scenario: A serial already received is not received again
      Given the transfer "T-1" received the serial "SN-1" of "PHONE" into "B-01"
      When the transfer "T-1" receives:
        | sku   | location | quantity | serials |
        | PHONE | B-01     | 1        | SN-1    |
      Then the receipt is refused because the serial "SN-1" of "PHONE" is not in transit on transfer "T-1"

    @R-10.6
    Scenario: Every lot and serial received closes the transfer
      When the transfer "T-1" receives:
        | sku   | location | quantity | lot   | serials    |
        | MILK  | B-01     | 3        | L-APR |            |
        | MILK  | B-01     | 1        | L-JUN |            |
        | PHONE | B-01     | 2        |       | SN-1, SN-2 |
      Then the transfer "T-1" is recorded as received and closed:
        | sku   | location | quantity | lot   | serials    |
        | MILK  | B-01     | 3        | L-APR |            |
        | MILK  | B-01     | 1        | L-JUN |            |
        | PHONE | B-01     | 2        |       | SN-1, SN-2 |
      And "PHONE" has 2 units on hand in "B-01" of "EAST"
