@holds @R-7.2
Feature: Releasing a hold
  When the customer collects, or the promotion is called off, the merchant releases the hold: its units
  are available again. A hold is released once; releasing a released or expired hold changes nothing.

  Background:
    Given the clock reads 2026-03-01 09:00
    And a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 4 units of "SKU-100" are held as "H-1"

  Scenario: Released units are available again
    When the merchant releases the hold "H-1"
    Then the release of the hold "H-1" on 4 units of "SKU-100" is recorded
    And "SKU-100" has 0 units held
    And "SKU-100" has 10 units available
    And the hold "H-1" is listed as released

  Scenario: A hold is found whatever the capitals of its id
    When the merchant releases the hold "h-1"
    Then the release of the hold "H-1" on 4 units of "SKU-100" is recorded

  Scenario: Releasing one hold leaves the others
    Given 3 units of "SKU-100" are held as "H-2"
    When the merchant releases the hold "H-1"
    Then the release of the hold "H-1" on 4 units of "SKU-100" is recorded
    And "SKU-100" has 3 units held
    And "SKU-100" has 7 units available

  Scenario: Releasing a released hold changes nothing
    Given the hold "H-1" was released
    When the merchant releases the hold "H-1"
    Then the command is accepted
    And nothing is recorded
    And "SKU-100" has 10 units available

  @time
  Scenario: Releasing an expired hold changes nothing
    Given 2 units of "SKU-100" are held as "H-2" until 2026-03-01 09:30
    And the clock reads 2026-03-01 10:00
    And the hold "H-2" expired
    When the merchant releases the hold "H-2"
    Then the command is accepted
    And nothing is recorded
    And the hold "H-2" is listed as expired

  Scenario: A hold that does not exist can't be released
    When the merchant releases the hold "H-9"
    Then the command is refused because there is no hold "H-9"
    And nothing is recorded
