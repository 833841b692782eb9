@locations @R-3.1
Feature: Warehouses
  Stock sits in locations of a warehouse, and every command names the warehouse by its code, so a
  code names one warehouse, compared without regard to capitals.

  Scenario: A warehouse with a new code is recorded
    When the merchant creates the warehouse "MAIN" named "Main warehouse"
    Then the warehouse "MAIN" named "Main warehouse" is recorded

  Scenario Outline: A warehouse code already in use is refused, whatever its capitals
    Given the warehouse "MAIN" exists
    When the merchant creates the warehouse "<requested>" named "Second"
    Then the command is refused because the warehouse "MAIN" already exists
    And nothing is recorded

    Examples:
      | requested |
      | MAIN      |
      | main      |
