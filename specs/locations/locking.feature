@locations @R-3.5
Feature: Locking a location
  While a location is counted nothing may move into or out of it, or the count would be wrong. A
  locked location stays sellable; locking it again, or unlocking an unlocked one, changes nothing.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And a reason "Cycle count" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Rule: Nothing moves into or out of a locked location

    Scenario: A location is locked and keeps its stock sellable
      When the merchant locks the location "A-01" of "MAIN"
      Then the location "A-01" of "MAIN" is recorded as locked
      And the location "A-01" of "MAIN" is listed as locked
      And "SKU-100" has 10 units available

    Scenario: Nothing can be added to a locked location
      Given the location "A-01" of "MAIN" is locked
      When the merchant adds 5 units of "SKU-100" to "A-01" of "MAIN" because "Received"
      Then the command is refused because the location "A-01" of "MAIN" is locked
      And nothing is recorded

    Scenario: Nothing can be removed from a locked location
      Given the location "A-01" of "MAIN" is locked
      When the merchant removes 1 unit of "SKU-100" from "A-01" of "MAIN" because "Damaged"
      Then the command is refused because the location "A-01" of "MAIN" is locked
      And nothing is recorded

    Scenario: A locked location's quantity can't be set
      Given the location "A-01" of "MAIN" is locked
      When the merchant counts 9 units of "SKU-100" in "A-01" of "MAIN" because "Cycle count"
      Then the command is refused because the location "A-01" of "MAIN" is locked
      And "SKU-100" has 10 units on hand in "A-01" of "MAIN"

    Scenario: Nothing can be moved out of a locked location
      Given the location "A-01" of "MAIN" is locked
      When the merchant moves 1 unit of "SKU-100" from "A-01" to "A-02" of "MAIN"
      Then the command is refused because the location "A-01" of "MAIN" is locked
      And "SKU-100" has 10 units on hand in "A-01" of "MAIN"

    Scenario: Nothing can be moved into a locked location
      Given the location "A-02" of "MAIN" is locked
      When the merchant moves 1 unit of "SKU-100" from "A-01" to "A-02" of "MAIN"
      Then the command is refused because the location "A-02" of "MAIN" is locked

    Scenario: Another location of the warehouse still takes stock
      Given the location "A-01" of "MAIN" is locked
      When the merchant adds 2 units of "SKU-100" to "A-02" of "MAIN" because "Received"
      Then 2 units of "SKU-100" are recorded as added to "A-02" of "MAIN" because "Received"

  Rule: Locking and unlocking change only what needs changing

    Scenario: Locking a locked location changes nothing
      Given the location "A-01" of "MAIN" is locked
      When the merchant locks the location "A-01" of "MAIN"
      Then the command is accepted
      And nothing is recorded

    Scenario: An unlocked location takes stock again
      Given the location "A-01" of "MAIN" is locked
      When the merchant unlocks the location "A-01" of "MAIN"
      Then the location "A-01" of "MAIN" is recorded as unlocked
      And the location "A-01" of "MAIN" is listed as unlocked

    Scenario: Unlocking a location that is not locked changes nothing
      When the merchant unlocks the location "A-02" of "MAIN"
      Then the command is accepted
      And nothing is recorded

    @R-3.3
    Scenario: A location that does not exist can't be unlocked
      When the merchant unlocks the location "Z-99" of "MAIN"
      Then the command is refused because there is no location "Z-99" in "MAIN"
      And nothing is recorded
