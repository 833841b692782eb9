@locations @R-3.6
Feature: Deleting a location
  A location that is no longer used is deleted so pickers are not sent to it. Stock in it would be
  lost, so only an empty, unlocked location may be deleted; a refusal says how many units are still
  there, of every product.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists

  Scenario: An empty location is deleted
    When the merchant deletes the location "A-02" of "MAIN"
    Then the location "A-02" of "MAIN" is recorded as deleted
    And the location "A-02" of "MAIN" is no longer listed

  Scenario: A location holding one unit can't be deleted
    Given 1 unit of "SKU-100" is on hand in "A-01" of "MAIN"
    When the merchant deletes the location "A-01" of "MAIN"
    Then the command is refused because the location "A-01" of "MAIN" still holds 1 unit
    And nothing is recorded

  Scenario: The refusal counts the units of every product in the location
    Given 2 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 3 units of "SKU-200" are on hand in "A-01" of "MAIN"
    When the merchant deletes the location "A-01" of "MAIN"
    Then the command is refused because the location "A-01" of "MAIN" still holds 5 units

  Scenario: A location whose last unit was moved out can be deleted
    Given 4 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 4 units of "SKU-100" were moved from "A-01" to "A-02" of "MAIN"
    When the merchant deletes the location "A-01" of "MAIN"
    Then the location "A-01" of "MAIN" is recorded as deleted

  Scenario: A locked location can't be deleted, even empty
    Given the location "A-02" of "MAIN" is locked
    When the merchant deletes the location "A-02" of "MAIN"
    Then the command is refused because the location "A-02" of "MAIN" is locked
    And nothing is recorded

  @R-3.3
  Scenario: Deleting a location that does not exist is refused
    When the merchant deletes the location "Z-99" of "MAIN"
    Then the command is refused because there is no location "Z-99" in "MAIN"
    And nothing is recorded

  @R-3.3
  Scenario: A deleted location can't be deleted again
    Given the location "A-02" of "MAIN" was deleted
    When the merchant deletes the location "A-02" of "MAIN"
    Then the command is refused because there is no location "A-02" in "MAIN"
