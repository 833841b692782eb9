@catalog @R-1.5
Feature: Changing how a product's units are identified
  A product's units are untracked, or identified by lot or by serial number. Stock already on hand was
  recorded under the old tracking, so the tracking changes only while no unit is in stock. Asking for
  the tracking the product already has changes nothing.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And the product "SKU-100" exists

  Scenario: A product without stock becomes lot-tracked
    When the merchant tracks "SKU-100" by lot
    Then "SKU-100" is recorded as tracked by lot instead of none

  Scenario: A lot-tracked product whose stock is gone becomes untracked
    Given the product "SKU-300" tracked by lot exists
    When the merchant tracks "SKU-300" by none
    Then "SKU-300" is recorded as tracked by none instead of lot

  Scenario: Tracking can't change while one unit is in stock
    Given 1 unit of "SKU-100" is on hand in "A-01" of "MAIN"
    When the merchant tracks "SKU-100" by serial
    Then the command is refused because "SKU-100" still has 1 unit in stock
    And nothing is recorded

  @lot
  Scenario: Lot-tracked stock keeps the product tracked by lot
    Given the product "HONEY" tracked by lot exists
    And the lot "L-1" of "HONEY" is on record
    And 3 units of lot "L-1" of "HONEY" are on hand in "A-01" of "MAIN"
    When the merchant tracks "HONEY" by none
    Then the command is refused because "HONEY" still has 3 units in stock
    And nothing is recorded

  Scenario: Once the last unit is removed the tracking may change
    Given 2 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the merchant removed 2 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
    When the merchant tracks "SKU-100" by serial
    Then "SKU-100" is recorded as tracked by serial instead of none

  Scenario: Setting the tracking a product already has changes nothing
    Given 5 units of "SKU-100" are on hand in "A-01" of "MAIN"
    When the merchant tracks "SKU-100" by none
    Then the command is accepted
    And nothing is recorded

  @R-1.3
  Scenario: The tracking of a product that does not exist can't be set
    When the merchant tracks "SKU-999" by lot
    Then the command is refused because there is no product "SKU-999"
    And nothing is recorded
