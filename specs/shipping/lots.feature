@shipping @lot
Feature: Lots through packing and shipping
  Picked units of a lot-tracked product stay in their lot at the packing bench: a put-back names the lot
  and returns only units of that lot the line holds, and a shipment lists each lot it sends, so a recall
  can find every customer who received a lot.

  Background:
    Given the clock reads 2026-03-01 09:00
    And a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And the product "MILK" tracked by lot exists
    And 2 units of "MILK" in lot "L-APR" expiring 2026-04-01 are on hand in "A-01" of "MAIN"
    And 5 units of "MILK" in lot "L-JUN" expiring 2026-06-01 are on hand in "A-02" of "MAIN"
    And 1 unit of "MILK" in lot "L-SEP" expiring 2026-09-01 is on hand in "A-02" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 4 units of "MILK"
    And a picklist "P-1" in "MAIN" lists 4 units of "MILK" for sale "S-1"
    And 2 units of "MILK" in lot "L-APR" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 2 units of "MILK" in lot "L-JUN" for sale "S-1" were picked on picklist "P-1" from "A-02"

  @R-9.3
  Scenario: A shipment lists each lot it sends
    Given 4 units of "MILK" for sale "S-1" passed the check on picklist "P-1"
    When sale "S-1" is shipped with tracking number "1Z-0200" by "UPS"
    Then sale "S-1" is recorded as shipped with tracking number "1Z-0200" by "UPS":
      | picklist | sku  | warehouse | quantity | lot   |
      | P-1      | MILK | MAIN      | 2        | L-APR |
      | P-1      | MILK | MAIN      | 2        | L-JUN |

  @R-9.2
  Scenario: A put-back names the lot it returns
    When the packer puts back 1 unit of "MILK" in lot "L-JUN" for sale "S-1" from picklist "P-1" into "A-02"
    Then 1 unit of "MILK" in lot "L-JUN" for sale "S-1" is recorded as put back from picklist "P-1" into "A-02" of "MAIN", restoring 1 pending
    And "MILK" has 5 units on hand in "A-02" of "MAIN"

  @R-9.2
  Scenario: Every unit of a lot in hand may go back
    When the packer puts back 2 units of "MILK" in lot "L-APR" for sale "S-1" from picklist "P-1" into "A-01"
    Then 2 units of "MILK" in lot "L-APR" for sale "S-1" are recorded as put back from picklist "P-1" into "A-01" of "MAIN", restoring 2 pending

  @R-9.2
  Scenario: A put-back beyond the lot's units in hand is refused, whatever other lots hold
    When the packer puts back 3 units of "MILK" in lot "L-APR" for sale "S-1" from picklist "P-1" into "A-01"
    Then the put-back is refused because picklist "P-1" holds only 2 picked units of "MILK" in lot "L-APR"
    And nothing is recorded

  @R-9.2
  Scenario: A lot the line never picked does not go back
    When the packer puts back 1 unit of "MILK" in lot "L-SEP" for sale "S-1" from picklist "P-1" into "A-02"
    Then the put-back is refused because picklist "P-1" holds only 0 picked units of "MILK" in lot "L-SEP"
