@ledger @R-4.8
Feature: Moving stock between locations
  Units are moved from one location to another of the same warehouse, say from overflow to a pick
  face. A move changes where the units are, not how many the business has, so it needs no reason.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Scenario: Units move and the total stays the same
    When the merchant moves 4 units of "SKU-100" from "A-01" to "A-02" of "MAIN"
    Then 4 units of "SKU-100" are recorded as moved from "A-01" to "A-02" of "MAIN"
    And "SKU-100" has 6 units on hand in "A-01" of "MAIN"
    And "SKU-100" has 4 units on hand in "A-02" of "MAIN"
    And "SKU-100" has 10 units on hand in all

  Scenario: Every unit of a location may move
    When the merchant moves 10 units of "SKU-100" from "A-01" to "A-02" of "MAIN"
    Then "SKU-100" has 0 units on hand in "A-01" of "MAIN"
    And "SKU-100" has 10 units on hand in "A-02" of "MAIN"

  @R-4.2
  Scenario: Moving more than the location holds is refused
    When the merchant moves 11 units of "SKU-100" from "A-01" to "A-02" of "MAIN"
    Then the command is refused because only 10 units of "SKU-100" are in "A-01" of "MAIN"
    And nothing is recorded

  Scenario: A move to the location the units are in is refused
    When the merchant moves 1 unit of "SKU-100" from "A-01" to "A-01" of "MAIN"
    Then the command is refused because the units are already in "A-01"
    And nothing is recorded

  @R-3.3
  Scenario: A move to a location that does not exist is refused
    When the merchant moves 1 unit of "SKU-100" from "A-01" to "B-07" of "MAIN"
    Then the command is refused because there is no location "B-07" in "MAIN"
