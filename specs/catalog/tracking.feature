@catalog @R-1.5
Feature: Changing how a product's units are identified
  A product's units are untracked, or identified by lot or by serial number. Stock already on hand was
  recorded under the old tracking, so the tracking changes only while no unit is in stock.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And the product "SKU-100" exists

  Scenario: A product without stock becomes lot-tracked
    When the merchant tracks "SKU-100" by lot
    Then "SKU-100" is recorded as tracked by lot instead of none

  Scenario: Tracking can't change while one unit is in stock
    Given 1 unit of "SKU-100" is on hand in "A-01" of "MAIN"
    When the merchant tracks "SKU-100" by serial
    Then the command is refused because "SKU-100" still has 1 unit in stock
    And nothing is recorded

  Scenario: Setting the tracking a product already has changes nothing
    Given 5 units of "SKU-100" are on hand in "A-01" of "MAIN"
    When the merchant tracks "SKU-100" by none
    Then the command is accepted
    And nothing is recorded

  Scenario: A lot-tracked product whose stock is gone becomes untracked
    Given the product "SKU-300" tracked by lot exists
    When the merchant tracks "SKU-300" by none
    Then "SKU-300" is recorded as tracked by none instead of lot
