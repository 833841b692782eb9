@picking @serial @R-8.4
Feature: Picking serial-numbered units
  A serial-tracked product is picked unit by unit: the picker scans each serial, which must be on hand
  in the location picked from. A picked serial is no longer in a location until it ships or is put back.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And the product "PHONE" tracked by serial exists
    And 2 units of "PHONE" with serials "SN-1, SN-2" are on hand in "A-01" of "MAIN"
    And 1 unit of "PHONE" with serial "SN-3" is on hand in "A-02" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 2 units of "PHONE"
    And a picklist "P-1" in "MAIN" lists 2 units of "PHONE" for sale "S-1"

  Scenario: Serials picked leave their location
    When the picker picks the serials "SN-1, SN-2" of "PHONE" for sale "S-1" on picklist "P-1" from "A-01"
    Then the serials "SN-1, SN-2" of "PHONE" for sale "S-1" are recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 2 pending
    And "PHONE" has 0 units on hand in "A-01" of "MAIN"
    And the stock of "PHONE" shows:
      | on hand | picked |
      | 1       | 2      |

  Scenario: A serial is picked only from where it is
    When the picker picks the serial "SN-3" of "PHONE" for sale "S-1" on picklist "P-1" from "A-01"
    Then the command is refused because the serial "SN-3" of "PHONE" is not found in "A-01" of "MAIN"
    And nothing is recorded

  Scenario: A serial already picked can't be picked again
    Given the serial "SN-1" of "PHONE" for sale "S-1" was picked on picklist "P-1" from "A-01"
    When the picker picks the serial "SN-1" of "PHONE" for sale "S-1" on picklist "P-1" from "A-01"
    Then the command is refused because the serial "SN-1" of "PHONE" is not found in "A-01" of "MAIN"
