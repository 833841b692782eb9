@purchasing
Feature: Receiving goods on a purchase order
  When a delivery arrives the receiving clerk books it against its purchase order: the units go on hand
  in a location of the order's warehouse and are no longer Incoming. Goods put in the receiving dock are
  on hand but not yet sellable; a move to a pick or bulk location makes them available. Suppliers often
  deliver a little more than ordered: each line may receive up to 10 % more than it ordered, rounded
  down, and never a product the order does not have.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a receiving location "R-01" in "MAIN"
    And a warehouse "EAST" with a pick location "E-01"
    And a reason "Received" exists
    And a supplier "Northwind" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And the product "SKU-300" exists
    And the purchase order "PO-1001" from "Northwind" for "MAIN" orders:
      | sku     | quantity | unit cost |
      | SKU-100 | 10       | 250       |
      | SKU-200 | 9        | 400       |

  @R-5.5
  Rule: A receipt puts the units on hand and takes them from Incoming

    Scenario: Goods received at the dock are on hand but not yet available
      When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "R-01" of "MAIN"
      Then receipt "DN-1" of the purchase order "PO-1001" is recorded into "R-01" of "MAIN":
        | sku     | quantity | unit cost | average cost |
        | SKU-100 | 6        | 250       | 250          |
      And "SKU-100" has 6 units on hand in "R-01" of "MAIN"
      And "SKU-100" has 4 units incoming to "MAIN"
      And "SKU-100" has 0 units available
      And the purchase order "PO-1001" lists 10 units of "SKU-100" ordered and 6 received

    Scenario: Goods received straight into a pick location are available at once
      When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "A-01" of "MAIN"
      Then receipt "DN-1" of the purchase order "PO-1001" is recorded into "A-01" of "MAIN":
        | sku     | quantity | unit cost | average cost |
        | SKU-100 | 6        | 250       | 250          |
      And "SKU-100" has 6 units available

    Scenario: One delivery note brings several products
      When receipt "DN-1" of the purchase order "PO-1001" is received into "R-01" of "MAIN":
        | sku     | quantity |
        | SKU-200 | 9        |
        | SKU-100 | 10       |
      Then receipt "DN-1" of the purchase order "PO-1001" is recorded into "R-01" of "MAIN":
        | sku     | quantity | unit cost | average cost |
        | SKU-200 | 9        | 400       | 400          |
        | SKU-100 | 10       | 250       | 250          |
      And "SKU-100" has 0 units incoming to "MAIN"
      And "SKU-200" has 0 units incoming to "MAIN"

    Scenario: The clerk may scan a product's alternate SKU and the receipt names the product
      Given the product "SKU-100" is also known as "ALT-100"
      When receipt "DN-1" of the purchase order "PO-1001" brings 2 units of "ALT-100" into "r-01" of "main"
      Then receipt "DN-1" of the purchase order "PO-1001" is recorded into "R-01" of "MAIN":
        | sku     | quantity | unit cost | average cost |
        | SKU-100 | 2        | 250       | 250          |

    Scenario: Goods can't be received into another warehouse than the order's
      When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "E-01" of "EAST"
      Then the receipt is refused because the purchase order "PO-1001" is delivered to "MAIN", not "EAST"
      And nothing is recorded
      And "SKU-100" has 10 units incoming to "MAIN"

    Scenario: Goods can't be received into a location that does not exist
      When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "Z-99" of "MAIN"
      Then the command is refused because there is no location "Z-99" in "MAIN"

    Scenario: Goods can't be received into a locked location
      Given the location "R-01" of "MAIN" is locked
      When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "R-01" of "MAIN"
      Then the command is refused because the location "R-01" of "MAIN" is locked
      And nothing is recorded

    Scenario: A receipt naming a product on two lines is refused
      When receipt "DN-1" of the purchase order "PO-1001" is received into "R-01" of "MAIN":
        | sku     | quantity |
        | SKU-100 | 2        |
        | SKU-100 | 3        |
      Then the receipt is refused because "SKU-100" is on more than one line of it
      And nothing is recorded

    Scenario: A receipt may fill a location to exactly 10^12 units
      Given 999999999994 units of "SKU-100" are on hand in "R-01" of "MAIN"
      When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "R-01" of "MAIN"
      Then receipt "DN-1" of the purchase order "PO-1001" is recorded into "R-01" of "MAIN":
        | sku     | quantity | unit cost | average cost |
        | SKU-100 | 6        | 250       | 250          |
      And "SKU-100" has 1000000000000 units on hand in "R-01" of "MAIN"

    Scenario: A receipt can't overfill a location
      Given 999999999995 units of "SKU-100" are on hand in "R-01" of "MAIN"
      When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "R-01" of "MAIN"
      Then the command is refused because "R-01" of "MAIN" can hold at most 1000000000000 units of "SKU-100"
      And nothing is recorded
      And "SKU-100" has 10 units incoming to "MAIN"

    Scenario: Receiving no units is refused
      When receipt "DN-1" of the purchase order "PO-1001" brings 0 units of "SKU-100" into "R-01" of "MAIN"
      Then the command is refused because a command moves between 1 and 1000000000000 units, not 0

  @R-5.5 @lot
  Rule: A receipt registers the lots it brings before the units arrive

    Background:
      Given the product "LOT-1" tracked by lot exists
      And the purchase order "PO-2002" from "Northwind" for "MAIN" orders 20 units of "LOT-1" at 100

    Scenario: A new lot is registered with its expiry and then received
      When receipt "DN-7" of the purchase order "PO-2002" is received into "R-01" of "MAIN":
        | sku   | quantity | lot | expires    |
        | LOT-1 | 12       | L-1 | 2026-12-31 |
      Then receipt "DN-7" of the purchase order "PO-2002" is recorded into "R-01" of "MAIN":
        | sku   | quantity | lot | expires    | new lot | unit cost | average cost |
        | LOT-1 | 12       | L-1 | 2026-12-31 | yes     | 100       | 100          |
      And "LOT-1" has 12 units on hand in "R-01" of "MAIN"

    Scenario: A lot already registered is received as it is
      Given an earlier delivery registered lot "L-1" of "LOT-1" expiring on 2026-12-31
      When receipt "DN-7" of the purchase order "PO-2002" is received into "R-01" of "MAIN":
        | sku   | quantity | lot |
        | LOT-1 | 5        | L-1 |
      Then receipt "DN-7" of the purchase order "PO-2002" is recorded into "R-01" of "MAIN":
        | sku   | quantity | lot | unit cost | average cost |
        | LOT-1 | 5        | L-1 | 100       | 100          |

    Scenario: Two lots of one product arrive on one delivery note
      When receipt "DN-7" of the purchase order "PO-2002" is received into "R-01" of "MAIN":
        | sku   | quantity | lot | expires    |
        | LOT-1 | 12       | L-1 | 2026-12-31 |
        | LOT-1 | 10       | L-2 | 2027-06-30 |
      Then receipt "DN-7" of the purchase order "PO-2002" is recorded into "R-01" of "MAIN":
        | sku   | quantity | lot | expires    | new lot | unit cost | average cost |
        | LOT-1 | 12       | L-1 | 2026-12-31 | yes     | 100       | 100          |
        | LOT-1 | 10       | L-2 | 2027-06-30 | yes     | 100       | 100          |
      And "LOT-1" has 0 units incoming to "MAIN"

    Scenario: A lot-tracked product can't be received without its lot
      When receipt "DN-7" of the purchase order "PO-2002" brings 5 units of "LOT-1" into "R-01" of "MAIN"
      Then the receipt is refused because "LOT-1" is tracked by lot and a line names none
      And nothing is recorded

    Scenario: A registered lot can't arrive with another expiry
      Given an earlier delivery registered lot "L-1" of "LOT-1" expiring on 2026-12-31
      When receipt "DN-7" of the purchase order "PO-2002" is received into "R-01" of "MAIN":
        | sku   | quantity | lot | expires    |
        | LOT-1 | 5        | L-1 | 2027-01-31 |
      Then the receipt is refused because lot "L-1" of "LOT-1" is registered to expire on 2026-12-31, not 2027-01-31
      And nothing is recorded

  @R-5.5 @serial
  Rule: Serial-tracked units arrive with their serial numbers

    Background:
      Given the product "SER-1" tracked by serial exists
      And the purchase order "PO-3003" from "Northwind" for "MAIN" orders 3 units of "SER-1" at 50000

    Scenario: Each received unit is named by its serial
      When receipt "DN-9" of the purchase order "PO-3003" is received into "R-01" of "MAIN":
        | sku   | quantity | serials    |
        | SER-1 | 2        | S-01, S-02 |
      Then receipt "DN-9" of the purchase order "PO-3003" is recorded into "R-01" of "MAIN":
        | sku   | quantity | serials    | unit cost | average cost |
        | SER-1 | 2        | S-01, S-02 | 50000     | 50000        |
      And "SER-1" has 1 unit incoming to "MAIN"

    Scenario: A serial already in stock can't be received again
      Given receipt "DN-8" of the purchase order "PO-3003" brought 1 unit of "SER-1" with serial "S-01" into "R-01"
      When receipt "DN-9" of the purchase order "PO-3003" is received into "R-01" of "MAIN":
        | sku   | quantity | serials |
        | SER-1 | 1        | S-01    |
      Then the receipt is refused because the serial "S-01" of "SER-1" is already in stock
      And nothing is recorded

  @R-5.4
  Rule: A line receives at most what it ordered plus 10 %, rounded down

    Scenario: Receiving one unit more than ordered is within the tolerance and leaves nothing incoming
      When receipt "DN-1" of the purchase order "PO-1001" brings 11 units of "SKU-100" into "R-01" of "MAIN"
      Then receipt "DN-1" of the purchase order "PO-1001" is recorded into "R-01" of "MAIN":
        | sku     | quantity | unit cost | average cost |
        | SKU-100 | 11       | 250       | 250          |
      And "SKU-100" has 0 units incoming to "MAIN"
      And "SKU-100" has 11 units on hand in "R-01" of "MAIN"

    Scenario: Receiving beyond the tolerance is refused
      When receipt "DN-1" of the purchase order "PO-1001" brings 12 units of "SKU-100" into "R-01" of "MAIN"
      Then the receipt is refused because only 11 more units of "SKU-100" may be received on the purchase order "PO-1001"
      And nothing is recorded
      And "SKU-100" has 10 units incoming to "MAIN"

    Scenario: Nine units ordered allow no extra unit, the tolerance being rounded down
      When receipt "DN-1" of the purchase order "PO-1001" brings 10 units of "SKU-200" into "R-01" of "MAIN"
      Then the receipt is refused because only 9 more units of "SKU-200" may be received on the purchase order "PO-1001"

    Scenario: Earlier receipts count towards the tolerance
      Given receipt "DN-1" of the purchase order "PO-1001" brought 8 units of "SKU-100" into "R-01"
      When receipt "DN-2" of the purchase order "PO-1001" brings 4 units of "SKU-100" into "R-01" of "MAIN"
      Then the receipt is refused because only 3 more units of "SKU-100" may be received on the purchase order "PO-1001"
      And "SKU-100" has 2 units incoming to "MAIN"

    Scenario: The last units the tolerance allows are received
      Given receipt "DN-1" of the purchase order "PO-1001" brought 8 units of "SKU-100" into "R-01"
      When receipt "DN-2" of the purchase order "PO-1001" brings 3 units of "SKU-100" into "R-01" of "MAIN"
      Then receipt "DN-2" of the purchase order "PO-1001" is recorded into "R-01" of "MAIN":
        | sku     | quantity | unit cost | average cost |
        | SKU-100 | 3        | 250       | 250          |
      And "SKU-100" has 0 units incoming to "MAIN"
      And the purchase order "PO-1001" lists 10 units of "SKU-100" ordered and 11 received

    Scenario: A product the order does not have can't be received
      When receipt "DN-1" of the purchase order "PO-1001" brings 1 unit of "SKU-300" into "R-01" of "MAIN"
      Then the receipt is refused because "SKU-300" is not on the purchase order "PO-1001"
      And nothing is recorded

    Scenario Outline: A line of <ordered> units receives as many as <allowed>
      Given the purchase order "PO-4004" from "Northwind" for "MAIN" orders <ordered> units of "SKU-300" at 10
      When receipt "DN-4" of the purchase order "PO-4004" brings <allowed> units of "SKU-300" into "R-01" of "MAIN"
      Then receipt "DN-4" of the purchase order "PO-4004" is recorded into "R-01" of "MAIN":
        | sku     | quantity  | unit cost | average cost |
        | SKU-300 | <allowed> | 10        | 10           |
      And "SKU-300" has 0 units incoming to "MAIN"

      Examples:
        | ordered | allowed |
        | 1       | 1       |
        | 9       | 9       |
        | 10      | 11      |
        | 19      | 20      |
        | 20      | 22      |
        | 1000    | 1100    |

    Scenario Outline: A line of <ordered> units takes no more than <allowed>
      Given the purchase order "PO-4004" from "Northwind" for "MAIN" orders <ordered> units of "SKU-300" at 10
      When receipt "DN-4" of the purchase order "PO-4004" brings <next> units of "SKU-300" into "R-01" of "MAIN"
      Then the receipt is refused because only <allowed> more units of "SKU-300" may be received on the purchase order "PO-4004"

      Examples:
        | ordered | allowed | next |
        | 1       | 1       | 2        |
        | 10      | 11      | 12       |
        | 20      | 22      | 23       |
        | 1000    | 1100    | 1101     |

  @R-5.3
  Rule: Only an open order is received against

    Scenario Outline: A <status> order takes no receipt
      Given the purchase order "PO-1001" was <status>
      When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "R-01" of "MAIN"
      Then the command is refused because the purchase order "PO-1001" is <status>
      And nothing is recorded
      And "SKU-100" has 0 units on hand in "R-01" of "MAIN"

      Examples:
        | status    |
        | closed    |
        | cancelled |

    Scenario: A fully received order that is still open takes the tolerance
      Given receipt "DN-1" of the purchase order "PO-1001" brought 10 units of "SKU-100" into "R-01"
      When receipt "DN-2" of the purchase order "PO-1001" brings 1 unit of "SKU-100" into "R-01" of "MAIN"
      Then receipt "DN-2" of the purchase order "PO-1001" is recorded into "R-01" of "MAIN":
        | sku     | quantity | unit cost | average cost |
        | SKU-100 | 1        | 250       | 250          |

    Scenario: Goods can't be received on an order that does not exist
      When receipt "DN-1" of the purchase order "PO-9999" brings 6 units of "SKU-100" into "R-01" of "MAIN"
      Then the command is refused because there is no purchase order "PO-9999"
