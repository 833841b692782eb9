@ledger @lot @R-4.5
Feature: Stock of lot-tracked products names its lot
  Honey, medicine and food are tracked by lot so that a recall or an expiry finds every unit. Each
  stock change of a lot-tracked product names a lot registered for it, and the ledger keeps on hand
  per location and lot. Products that are not lot-tracked name no lot.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And the product "HONEY" tracked by lot exists
    And the product "SKU-100" exists
    And the lot "L-1" of "HONEY" is on record

  Scenario: Units of a registered lot are added
    When the merchant adds 5 units of lot "L-1" of "HONEY" to "A-01" of "MAIN" because "Received"
    Then 5 units of lot "L-1" of "HONEY" are recorded as added to "A-01" of "MAIN" because "Received"
    And "HONEY" has 5 units on hand in "A-01" of "MAIN"

  Scenario: A lot named in other capitals is recorded as registered
    When the merchant adds 2 units of lot "l-1" of "HONEY" to "A-01" of "MAIN" because "Received"
    Then 2 units of lot "L-1" of "HONEY" are recorded as added to "A-01" of "MAIN" because "Received"

  Scenario: Units of a lot-tracked product without a lot are refused
    When the merchant adds 5 units of "HONEY" to "A-01" of "MAIN" because "Received"
    Then the command is refused because "HONEY" is tracked by lot and the units name no lot
    And nothing is recorded

  Scenario: A lot that was never registered is refused
    When the merchant adds 5 units of lot "L-9" of "HONEY" to "A-01" of "MAIN" because "Received"
    Then the command is refused because "HONEY" has no lot "L-9" on record
    And nothing is recorded

  Scenario: A product that is not lot-tracked names no lot
    When the merchant adds 1 unit of lot "L-1" of "SKU-100" to "A-01" of "MAIN" because "Received"
    Then the command is refused because "SKU-100" is not tracked by lot, so its units name no lot such as "L-1"
    And nothing is recorded

  Scenario: The last units of a lot are removed
    Given 5 units of lot "L-1" of "HONEY" are on hand in "A-01" of "MAIN"
    When the merchant removes 5 units of lot "L-1" of "HONEY" from "A-01" of "MAIN" because "Damaged"
    Then 5 units of lot "L-1" of "HONEY" are recorded as removed from "A-01" of "MAIN" because "Damaged"
    And "HONEY" has 0 units on hand in all

  @R-4.2
  Scenario: Units of one lot do not cover a removal from another lot
    Given the lot "L-2" of "HONEY" is on record
    And 5 units of lot "L-1" of "HONEY" are on hand in "A-01" of "MAIN"
    When the merchant removes 1 unit of lot "L-2" of "HONEY" from "A-01" of "MAIN" because "Damaged"
    Then the command is refused because only 0 units of lot "L-2" of "HONEY" are in "A-01" of "MAIN"
    And nothing is recorded

  @R-4.7
  Scenario: A location's on hand is the sum over its lots
    Given the lot "L-2" of "HONEY" is on record
    And 5 units of lot "L-1" of "HONEY" are on hand in "A-01" of "MAIN"
    And 3 units of lot "L-2" of "HONEY" are on hand in "A-01" of "MAIN"
    When the merchant adds 2 units of lot "L-2" of "HONEY" to "A-01" of "MAIN" because "Received"
    Then 2 units of lot "L-2" of "HONEY" are recorded as added to "A-01" of "MAIN" because "Received"
    And "HONEY" has 10 units on hand in "A-01" of "MAIN"
