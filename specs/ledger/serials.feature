@ledger @serial @R-4.4
Feature: Stock of serial-numbered products names every serial number
  A kettle with a warranty is tracked by serial number, so each unit in stock is one known serial
  number in one place. Every stock change of such a product names one distinct serial number per unit;
  products that are not serial-numbered name none.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And the product "KETTLE" tracked by serial exists
    And the product "SKU-100" exists

  Scenario: Units are added with one serial number each
    When the merchant adds 2 units of "KETTLE" numbered "SN-1, SN-2" to "A-01" of "MAIN" because "Received"
    Then 2 units of "KETTLE" numbered "SN-1, SN-2" are recorded as added to "A-01" of "MAIN" because "Received"
    And "KETTLE" has 2 units on hand in "A-01" of "MAIN"

  Scenario: A single unit takes a single serial number
    When the merchant adds 1 unit of "KETTLE" numbered "SN-1" to "A-01" of "MAIN" because "Received"
    Then 1 unit of "KETTLE" numbered "SN-1" is recorded as added to "A-01" of "MAIN" because "Received"

  Scenario: Fewer serial numbers than units are refused
    When the merchant adds 3 units of "KETTLE" numbered "SN-1, SN-2" to "A-01" of "MAIN" because "Received"
    Then the command is refused because 3 units of "KETTLE" came with 2 serial numbers
    And nothing is recorded

  Scenario: Serial-numbered units without serial numbers are refused
    When the merchant adds 2 units of "KETTLE" to "A-01" of "MAIN" because "Received"
    Then the command is refused because 2 units of "KETTLE" came with 0 serial numbers
    And nothing is recorded

  Scenario: A serial number named twice is refused
    When the merchant adds 2 units of "KETTLE" numbered "SN-1, sn-1" to "A-01" of "MAIN" because "Received"
    Then the command is refused because the serial number "sn-1" of "KETTLE" is named twice
    And nothing is recorded

  Scenario: A product that is not serial-numbered names no serial numbers
    When the merchant adds 1 unit of "SKU-100" numbered "SN-1" to "A-01" of "MAIN" because "Received"
    Then the command is refused because 1 unit of "SKU-100" came with 1 serial number
    And nothing is recorded

  Scenario: A serial number already on hand can't arrive again
    Given the units of "KETTLE" numbered "SN-1" are on hand in "A-01" of "MAIN"
    When the merchant adds 1 unit of "KETTLE" numbered "SN-1" to "A-02" of "MAIN" because "Received"
    Then the command is refused because the serial number "SN-1" of "KETTLE" is already on hand in "A-01" of "MAIN"
    And nothing is recorded

  Scenario: A serial number that left stock may arrive again
    Given the units of "KETTLE" numbered "SN-1" are on hand in "A-01" of "MAIN"
    And the merchant removed the units of "KETTLE" numbered "SN-1" from "A-01" of "MAIN" because "Damaged"
    When the merchant adds 1 unit of "KETTLE" numbered "SN-1" to "A-02" of "MAIN" because "Received"
    Then 1 unit of "KETTLE" numbered "SN-1" is recorded as added to "A-02" of "MAIN" because "Received"

  Scenario: A named unit is removed and the others stay
    Given the units of "KETTLE" numbered "SN-1, SN-2, SN-3" are on hand in "A-01" of "MAIN"
    When the merchant removes 1 unit of "KETTLE" numbered "SN-2" from "A-01" of "MAIN" because "Damaged"
    Then 1 unit of "KETTLE" numbered "SN-2" is recorded as removed from "A-01" of "MAIN" because "Damaged"
    And "KETTLE" has 2 units on hand in "A-01" of "MAIN"

  Scenario: A serial number is recorded as it was first written
    Given the units of "KETTLE" numbered "SN-1" are on hand in "A-01" of "MAIN"
    When the merchant removes 1 unit of "KETTLE" numbered "sn-1" from "A-01" of "MAIN" because "Damaged"
    Then 1 unit of "KETTLE" numbered "SN-1" is recorded as removed from "A-01" of "MAIN" because "Damaged"

  Scenario: A serial number that is not in the location can't be removed from it
    Given the units of "KETTLE" numbered "SN-1, SN-2" are on hand in "A-01" of "MAIN"
    When the merchant removes 1 unit of "KETTLE" numbered "SN-9" from "A-01" of "MAIN" because "Damaged"
    Then the command is refused because the serial number "SN-9" of "KETTLE" is not in "A-01" of "MAIN"
    And nothing is recorded
