@locations
Feature: Locations in a warehouse
  A location is a bin, shelf or dock of one warehouse; its code is unique within that warehouse only.
  Whether stock in it can be sold depends on what it is used for, unless the merchant says otherwise.

  Background:
    Given the warehouse "MAIN" exists

  @R-3.2
  Scenario Outline: A <type> location is <sellable> by default
    When the merchant creates the <type> location "L-1" in "MAIN"
    Then the <type> location "L-1" of "MAIN" is recorded as <sellable>

    Examples:
      | type      | sellable     |
      | pick      | sellable     |
      | bulk      | sellable     |
      | dropship  | sellable     |
      | receiving | not sellable |
      | staging   | not sellable |

  @R-3.2
  Scenario: The merchant may make a receiving location sellable
    When the merchant creates the receiving location "DOCK" in "MAIN" as sellable
    Then the receiving location "DOCK" of "MAIN" is recorded as sellable

  @R-3.2
  Scenario: A location code already used in the warehouse is refused, whatever its capitals
    Given a pick location "A-01" in "MAIN"
    When the merchant creates the bulk location "a-01" in "MAIN"
    Then the command is refused because "MAIN" already has the location "A-01"
    And nothing is recorded

  @R-3.2
  Scenario: The same location code may be used in another warehouse
    Given a pick location "A-01" in "MAIN"
    And the warehouse "EAST" exists
    When the merchant creates the pick location "A-01" in "EAST"
    Then the pick location "A-01" of "EAST" is recorded as sellable

  @R-3.2
  Scenario: The code of a deleted location may be used again
    Given a pick location "A-01" in "MAIN"
    And the location "A-01" of "MAIN" was deleted
    When the merchant creates the bulk location "A-01" in "MAIN"
    Then the bulk location "A-01" of "MAIN" is recorded as sellable

  @R-3.2
  Scenario: A location code of exactly 64 characters is accepted
    When the merchant creates a pick location with a code of 64 characters in "MAIN"
    Then a pick location with a code of 64 characters is recorded in "MAIN"

  @R-3.2
  Scenario: A location code of 65 characters is refused
    When the merchant creates a pick location with a code of 65 characters in "MAIN"
    Then the command is refused because a location code is at most 64 characters
    And nothing is recorded

  @R-3.3
  Scenario: A location in a warehouse that does not exist is refused
    When the merchant creates the pick location "A-01" in "WEST"
    Then the command is refused because there is no warehouse "WEST"
    And nothing is recorded
