@shipping @R-9.3
Feature: Shipping a sale
  A sale ships once nothing of it is left to pick on an open picklist and every picked unit in hand has
  passed its check; failed units must be put back first. It ships everything picked and passed, across
  all its picklists, per picklist line and lot, with a tracking number (1-64 characters) and optionally
  a carrier (at most 200). Units a line could not get (shorted) do not hold the shipment back.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 10 units of "SKU-200" are on hand in "A-02" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 3 units of "SKU-100"
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "S-1"

  Scenario: A sale picked and passed in full ships
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 3 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When sale "S-1" is shipped with tracking number "1Z-0001" by "UPS"
    Then sale "S-1" is recorded as shipped with tracking number "1Z-0001" by "UPS":
      | picklist | sku     | warehouse | quantity | lot | serials |
      | P-1      | SKU-100 | MAIN      | 3        |     |         |
    And the stock of "SKU-100" shows:
      | on hand | picked | pending | available |
      | 7       | 0      | 0       | 7         |
    And sale "S-1" shows 3 units of "SKU-100" shipped and 0 returned
    And the line for "SKU-100" for sale "S-1" on picklist "P-1" shows:
      | shipped | passed |
      | 3       | 0      |

  Scenario: A shipment may name no carrier
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 3 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When sale "S-1" is shipped with tracking number "LOCAL-7"
    Then sale "S-1" is recorded as shipped with tracking number "LOCAL-7":
      | picklist | sku     | warehouse | quantity |
      | P-1      | SKU-100 | MAIN      | 3        |

  Scenario: A sale with units still to pick does not ship
    Given 2 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 2 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When sale "S-1" is shipped with tracking number "1Z-0001"
    Then the shipment is refused because 1 unit of "SKU-100" on picklist "P-1" is still to pick
    And nothing is recorded

  Scenario: A sale with unchecked units does not ship
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 2 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When sale "S-1" is shipped with tracking number "1Z-0001"
    Then the shipment is refused because of "SKU-100" on picklist "P-1", 1 picked unit is unchecked and 0 failed the check
    And nothing is recorded

  Scenario: A sale with a failed unit in hand does not ship
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 2 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    And 1 unit of "SKU-100" for sale "S-1" failed the check on picklist "P-1"
    When sale "S-1" is shipped with tracking number "1Z-0001"
    Then the shipment is refused because of "SKU-100" on picklist "P-1", 0 picked units are unchecked and 1 failed the check

  @R-9.2
  Scenario: Once the failed unit is put back the passed units ship
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 2 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    And 1 unit of "SKU-100" for sale "S-1" failed the check on picklist "P-1"
    And 1 unit of "SKU-100" for sale "S-1" was put back from picklist "P-1" into "A-02"
    And the picklist "P-1" was completed
    When sale "S-1" is shipped with tracking number "1Z-0002"
    Then sale "S-1" is recorded as shipped with tracking number "1Z-0002":
      | picklist | sku     | warehouse | quantity |
      | P-1      | SKU-100 | MAIN      | 2        |
    And the stock of "SKU-100" shows:
      | pending | picked |
      | 1       | 0      |

  Scenario: A shorted unit does not hold the shipment back
    Given 2 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 1 unit of "SKU-100" for sale "S-1" was shorted on picklist "P-1"
    And 2 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When sale "S-1" is shipped with tracking number "1Z-0003"
    Then sale "S-1" is recorded as shipped with tracking number "1Z-0003":
      | picklist | sku     | warehouse | quantity |
      | P-1      | SKU-100 | MAIN      | 2        |

  Scenario: A sale picked on two picklists ships in one shipment
    Given a picklist "P-2" in "MAIN" lists 1 unit of "SKU-200" for sale "S-1"
    And 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 1 unit of "SKU-200" for sale "S-1" was picked on picklist "P-2" from "A-02"
    And 3 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    And 1 unit of "SKU-200" for sale "S-1" passed the check on picklist "P-2"
    When sale "S-1" is shipped with tracking number "1Z-0004" by "DHL"
    Then sale "S-1" is recorded as shipped with tracking number "1Z-0004" by "DHL":
      | picklist | sku     | warehouse | quantity |
      | P-1      | SKU-100 | MAIN      | 3        |
      | P-2      | SKU-200 | MAIN      | 1        |

  Scenario: A sale with nothing picked has nothing to ship
    When sale "S-1" is shipped with tracking number "1Z-0005"
    Then the shipment is refused because 3 units of "SKU-100" on picklist "P-1" are still to pick

  Scenario: A sale on no picklist has nothing to ship
    When sale "S-7" is shipped with tracking number "1Z-0006"
    Then the shipment is refused because sale "S-7" has nothing waiting to ship
    And nothing is recorded

  Scenario: A shipped sale has nothing more to ship
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 3 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    And sale "S-1" was shipped with 3 units of "SKU-100" from picklist "P-1"
    When sale "S-1" is shipped with tracking number "1Z-0007"
    Then the shipment is refused because sale "S-1" has nothing waiting to ship

  Scenario: A tracking number of exactly 64 characters is accepted
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 3 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When sale "S-1" is shipped with a tracking number of 64 characters
    Then the command is accepted

  Scenario Outline: A shipment with <label> is refused
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 3 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When <shipping>
    Then the shipment is refused because a tracking number is 1 to 64 characters and a carrier's name at most 200
    And nothing is recorded

    Examples:
      | label                            | shipping                                                                                |
      | a tracking number of 65 characters | sale "S-1" is shipped with a tracking number of 65 characters                            |
      | a blank tracking number          | sale "S-1" is shipped with tracking number "  "                                         |
      | a carrier's name of 201 characters | sale "S-1" is shipped with tracking number "1Z-0008" by a carrier with a name of 201 characters |
