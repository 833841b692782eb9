@locations @R-3.3
Feature: Commands name warehouses and locations that exist
  Every stock command names a warehouse by its code and a location by its code within that warehouse,
  in any capitals; events carry the codes as they were first recorded. A code that names nothing (a
  typo, a location since deleted, a location of another warehouse) is refused, saying which.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And the product "SKU-100" exists

  Scenario: Codes in other capitals name the recorded warehouse and location
    When the merchant adds 3 units of "SKU-100" to "a-01" of "main" because "Received"
    Then 3 units of "SKU-100" are recorded as added to "A-01" of "MAIN" because "Received"

  Scenario: Stock can't be added to a warehouse that does not exist
    When the merchant adds 1 unit of "SKU-100" to "A-01" of "WEST" because "Received"
    Then the command is refused because there is no warehouse "WEST"
    And nothing is recorded

  Scenario: A deleted location no longer takes stock
    Given the location "A-02" of "MAIN" was deleted
    When the merchant adds 1 unit of "SKU-100" to "A-02" of "MAIN" because "Received"
    Then the command is refused because there is no location "A-02" in "MAIN"
    And nothing is recorded

  Scenario: A location of another warehouse is not a location of this one
    Given the warehouse "EAST" exists
    And a pick location "E-01" in "EAST"
    When the merchant adds 1 unit of "SKU-100" to "E-01" of "MAIN" because "Received"
    Then the command is refused because there is no location "E-01" in "MAIN"

  Scenario: A location of a warehouse that does not exist can't be locked
    When the merchant locks the location "A-01" of "WEST"
    Then the command is refused because there is no warehouse "WEST"
    And nothing is recorded
