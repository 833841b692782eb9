@shipping @serial @R-9.4
Feature: Taking back serial-numbered units
  A returned serial-numbered unit comes back under its own serial. A serial is in one place at a time,
  so a unit can't come back while its serial is still on a shelf or in a picker's hands.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Customer return" exists
    And the product "PHONE" tracked by serial exists
    And 3 units of "PHONE" with serials "SN-1, SN-2, SN-3" are on hand in "A-01" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 1 unit of "PHONE"
    And the sale "S-2" from "SHOP" was imported with 1 unit of "PHONE"
    And a picklist "P-1" in "MAIN" lists:
      | sku   | quantity | sale |
      | PHONE | 1        | S-1  |
      | PHONE | 1        | S-2  |
    And the serial "SN-1" of "PHONE" for sale "S-1" was picked on picklist "P-1" from "A-01"
    And 1 unit of "PHONE" for sale "S-1" passed the check on picklist "P-1"
    And sale "S-1" was shipped with the serial "SN-1" of "PHONE" from picklist "P-1"

  Scenario: A shipped serial comes back
    When the merchant takes back the serial "SN-1" of "PHONE" of sale "S-1" into "A-02" of "MAIN" because "Customer return"
    Then the serial "SN-1" of "PHONE" of sale "S-1" is recorded as back in "A-02" of "MAIN" because "Customer return"
    And "PHONE" has 1 unit on hand in "A-02" of "MAIN"

  Scenario: A serial still on a shelf can't come back
    When the merchant takes back the serial "SN-2" of "PHONE" of sale "S-1" into "A-02" of "MAIN" because "Customer return"
    Then the return is refused because the serial "SN-2" of "PHONE" is already on hand in "A-01" of "MAIN"
    And nothing is recorded

  Scenario: A serial in a picker's hands can't come back
    Given the serial "SN-3" of "PHONE" for sale "S-2" was picked on picklist "P-1" from "A-01"
    When the merchant takes back the serial "SN-3" of "PHONE" of sale "S-1" into "A-02" of "MAIN" because "Customer return"
    Then the command is refused because the serial "SN-3" of "PHONE" is picked, not in a location
    And nothing is recorded

  @R-9.2
  Scenario: A picked serial goes back to a shelf under its own number
    Given the serial "SN-3" of "PHONE" for sale "S-2" was picked on picklist "P-1" from "A-01"
    When the packer puts back the serial "SN-3" of "PHONE" for sale "S-2" from picklist "P-1" into "A-02"
    Then the serial "SN-3" of "PHONE" for sale "S-2" is recorded as put back from picklist "P-1" into "A-02" of "MAIN", restoring 1 pending

  @R-9.2
  Scenario: Only a serial the line picked goes back
    Given the serial "SN-3" of "PHONE" for sale "S-2" was picked on picklist "P-1" from "A-01"
    When the packer puts back the serial "SN-1" of "PHONE" for sale "S-2" from picklist "P-1" into "A-02"
    Then the put-back is refused because the serial "SN-1" of "PHONE" is not picked on picklist "P-1"

  @R-9.3
  Scenario: A serial-numbered sale ships its serials
    Given the serial "SN-3" of "PHONE" for sale "S-2" was picked on picklist "P-1" from "A-01"
    And 1 unit of "PHONE" for sale "S-2" passed the check on picklist "P-1"
    When sale "S-2" is shipped with tracking number "1Z-0100"
    Then sale "S-2" is recorded as shipped with tracking number "1Z-0100":
      | picklist | sku   | warehouse | quantity | serials |
      | P-1      | PHONE | MAIN      | 1        | SN-3    |
