@locations @R-3.1
Feature: Warehouses
  Stock sits in locations of a warehouse, and every command names the warehouse by its code, so a
  code names one warehouse, compared without regard to capitals. A code is 1 to 64 characters and a
  name 1 to 200, once the spaces around them are removed.

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

  Scenario: Spaces around the code and the name are removed before they are recorded
    When the merchant creates the warehouse "  EAST " named " East coast  "
    Then the warehouse "EAST" named "East coast" is recorded

  Scenario: A warehouse code of exactly 64 characters is accepted
    When the merchant creates a warehouse with a code of 64 characters
    Then a warehouse with a code of 64 characters is recorded

  Scenario: A warehouse code of 65 characters is refused
    When the merchant creates a warehouse with a code of 65 characters
    Then the command is refused because a warehouse code is at most 64 characters
    And nothing is recorded

  Scenario: A warehouse name of exactly 200 characters is accepted
    When the merchant creates the warehouse "WEST" with a name of 200 characters
    Then the warehouse "WEST" with a name of 200 characters is recorded

  Scenario Outline: A warehouse name of <length> characters is refused
    When the merchant creates the warehouse "WEST" with a name of <length> characters
    Then the command is refused because a warehouse name is 1 to 200 characters
    And nothing is recorded

    Examples:
      | length |
      | 201    |
      | 0      |
