@picking @lot @time @R-8.6
Feature: Lots leave first-expiry-first-out
  Perishable stock is picked oldest expiry first, so nothing expires on a shelf while fresher units
  ship. The picker names the lot taken; a lot is refused while another lot expiring strictly earlier
  can be picked in the same warehouse (on hand in a sellable, unlocked location), and the refusal says
  where that lot is. A lot with no expiry goes last; an expired lot is never picked.

  Background:
    Given the clock reads 2026-03-01 09:00
    And a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And the product "MILK" tracked by lot exists
    And 5 units of "MILK" in lot "L-APR" expiring 2026-04-01 are on hand in "A-01" of "MAIN"
    And 5 units of "MILK" in lot "L-JUN" expiring 2026-06-01 are on hand in "A-02" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 2 units of "MILK"
    And a picklist "P-1" in "MAIN" lists 2 units of "MILK" for sale "S-1"

  Scenario: The lot expiring first is picked
    When the picker picks 2 units of "MILK" in lot "L-APR" for sale "S-1" on picklist "P-1" from "A-01"
    Then 2 units of "MILK" in lot "L-APR" for sale "S-1" are recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 2 pending

  Scenario: A later lot is refused while an earlier one can be picked
    When the picker picks 2 units of "MILK" in lot "L-JUN" for sale "S-1" on picklist "P-1" from "A-02"
    Then the pick is refused because lot "L-APR" of "MILK" expires first, in "A-01" of "MAIN"
    And nothing is recorded

  Scenario: Two lots expiring at the same instant may be picked in either order
    Given 5 units of "MILK" in lot "L-APR-B" expiring 2026-04-01 are on hand in "A-02" of "MAIN"
    When the picker picks 1 unit of "MILK" in lot "L-APR-B" for sale "S-1" on picklist "P-1" from "A-02"
    Then 1 unit of "MILK" in lot "L-APR-B" for sale "S-1" is recorded as picked on picklist "P-1" from "A-02" of "MAIN", releasing 1 pending

  Scenario: Once the earlier lot is all picked the next lot may go
    Given the sale "S-0" from "SHOP" was imported with 5 units of "MILK"
    And a picklist "P-0" in "MAIN" lists 5 units of "MILK" for sale "S-0"
    And 5 units of "MILK" in lot "L-APR" for sale "S-0" were picked on picklist "P-0" from "A-01"
    When the picker picks 2 units of "MILK" in lot "L-JUN" for sale "S-1" on picklist "P-1" from "A-02"
    Then 2 units of "MILK" in lot "L-JUN" for sale "S-1" are recorded as picked on picklist "P-1" from "A-02" of "MAIN", releasing 2 pending

  Scenario: A lot with no expiry waits for every lot that expires
    Given 5 units of "MILK" in lot "L-NONE" with no expiry are on hand in "A-02" of "MAIN"
    When the picker picks 1 unit of "MILK" in lot "L-NONE" for sale "S-1" on picklist "P-1" from "A-02"
    Then the pick is refused because lot "L-APR" of "MILK" expires first, in "A-01" of "MAIN"

  Scenario: An expired lot is never picked
    Given lot "L-APR" of "MILK" is past its expiry
    When the picker picks 1 unit of "MILK" in lot "L-APR" for sale "S-1" on picklist "P-1" from "A-01"
    Then the pick is refused because lot "L-APR" of "MILK" has expired
    And nothing is recorded

  Scenario: A lot is not picked once the clock reaches its expiry
    Given the clock reads 2026-04-01 00:00
    When the picker picks 1 unit of "MILK" in lot "L-APR" for sale "S-1" on picklist "P-1" from "A-01"
    Then the pick is refused because lot "L-APR" of "MILK" has expired

  Scenario: A lot is still picked the minute before it expires
    Given the clock reads 2026-03-31 23:59
    When the picker picks 1 unit of "MILK" in lot "L-APR" for sale "S-1" on picklist "P-1" from "A-01"
    Then 1 unit of "MILK" in lot "L-APR" for sale "S-1" is recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 1 pending

  Scenario: An expired lot does not hold back the next one
    Given lot "L-APR" of "MILK" is past its expiry
    When the picker picks 2 units of "MILK" in lot "L-JUN" for sale "S-1" on picklist "P-1" from "A-02"
    Then 2 units of "MILK" in lot "L-JUN" for sale "S-1" are recorded as picked on picklist "P-1" from "A-02" of "MAIN", releasing 2 pending

  Scenario: An earlier lot in a locked location does not hold back the next one
    Given the location "A-01" of "MAIN" is locked
    When the picker picks 2 units of "MILK" in lot "L-JUN" for sale "S-1" on picklist "P-1" from "A-02"
    Then 2 units of "MILK" in lot "L-JUN" for sale "S-1" are recorded as picked on picklist "P-1" from "A-02" of "MAIN", releasing 2 pending

  Scenario: An earlier lot in another warehouse does not hold back the next one
    Given a warehouse "EAST" with a pick location "B-01"
    And 5 units of "MILK" in lot "L-MAR" expiring 2026-03-15 are on hand in "B-01" of "EAST"
    When the picker picks 1 unit of "MILK" in lot "L-APR" for sale "S-1" on picklist "P-1" from "A-01"
    Then 1 unit of "MILK" in lot "L-APR" for sale "S-1" is recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 1 pending

  Scenario Outline: An earlier lot in a <type> location can't be sold, so it does not hold back the next one
    Given a <type> location "X-01" in "MAIN"
    And 5 units of "MILK" in lot "L-MAR" expiring 2026-03-15 are on hand in "X-01" of "MAIN"
    When the picker picks 1 unit of "MILK" in lot "L-APR" for sale "S-1" on picklist "P-1" from "A-01"
    Then 1 unit of "MILK" in lot "L-APR" for sale "S-1" is recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 1 pending

    Examples:
      | type      |
      | receiving |
      | staging   |

  Scenario Outline: An earlier lot in a <type> location is picked first
    Given a <type> location "X-01" in "MAIN"
    And 5 units of "MILK" in lot "L-MAR" expiring 2026-03-15 are on hand in "X-01" of "MAIN"
    When the picker picks 1 unit of "MILK" in lot "L-APR" for sale "S-1" on picklist "P-1" from "A-01"
    Then the pick is refused because lot "L-MAR" of "MILK" expires first, in "X-01" of "MAIN"

    Examples:
      | type     |
      | bulk     |
      | dropship |

  @R-4.5
  Scenario: A pick of a lot-tracked product names its lot
    When the picker picks 1 unit of "MILK" for sale "S-1" on picklist "P-1" from "A-01"
    Then the command is refused because the lot of "MILK" must be named
