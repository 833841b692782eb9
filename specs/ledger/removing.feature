@ledger
Feature: Removing stock
  Units leave a location for a reason (damaged, lost, used). A location never holds fewer than zero
  units, so the ledger refuses to remove more than is there, and says how many are.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Rule: On hand at a location never goes below zero

    @R-4.2
    Scenario: Some units are removed
      When the merchant removes 3 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
      Then 3 units of "SKU-100" are recorded as removed from "A-01" of "MAIN" because "Damaged"
      And "SKU-100" has 7 units on hand in "A-01" of "MAIN"

    @R-4.2
    Scenario: Exactly the last units are removed
      When the merchant removes 10 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
      Then 10 units of "SKU-100" are recorded as removed from "A-01" of "MAIN" because "Damaged"
      And "SKU-100" has 0 units on hand in all

    @R-4.2
    Scenario: One unit more than the location holds is refused
      When the merchant removes 11 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
      Then the command is refused because only 10 units of "SKU-100" are in "A-01" of "MAIN"
      And nothing is recorded
      And "SKU-100" has 10 units on hand in "A-01" of "MAIN"

    @R-4.2
    Scenario: Stock in another location of the warehouse does not count
      When the merchant removes 1 unit of "SKU-100" from "A-02" of "MAIN" because "Damaged"
      Then the command is refused because only 0 units of "SKU-100" are in "A-02" of "MAIN"

  Rule: A removal cites an active reason and a quantity of 1 to 10^12

    @R-4.1
    Scenario: A removal for a reason that does not exist is refused
      When the merchant removes 1 unit of "SKU-100" from "A-01" of "MAIN" because "Broken"
      Then the command is refused because there is no reason named "Broken"
      And nothing is recorded

    @R-4.1
    Scenario: A removal for a deactivated reason is refused
      Given the reason "Damaged" was deactivated
      When the merchant removes 1 unit of "SKU-100" from "A-01" of "MAIN" because "Damaged"
      Then the command is refused because the reason "Damaged" is no longer active
      And nothing is recorded

    @R-4.3
    Scenario: Removing no units is refused
      When the merchant removes 0 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
      Then the command is refused because a command moves between 1 and 1000000000000 units, not 0
      And nothing is recorded
