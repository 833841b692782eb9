@counts @R-11.5
Feature: Cancelling and closing a count
  A count started by mistake, or overtaken by events, is cancelled: nothing it recorded touches stock and
  its locations may be counted again. Once a count is approved or cancelled it is closed for good, so a
  late scan can never change stock twice.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Cycle count" exists
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"

  Rule: A cancelled count adjusts nothing and cancelling it again changes nothing

    Scenario: Cancelling a counted count adjusts nothing
      Given in the cycle count "C-1" 12 units of "SKU-100" were counted in "A-01"
      When the supervisor cancels the cycle count "C-1"
      Then the cycle count "C-1" is recorded as cancelled
      And "SKU-100" has 10 units on hand in "A-01" of "MAIN"
      And the cycle count "C-1" is listed as cancelled with 1 of 1 line counted and 0 recounts pending

    Scenario: Cancelling a cancelled count changes nothing
      Given the cycle count "C-1" was cancelled
      When the supervisor cancels the cycle count "C-1"
      Then the command is accepted
      And nothing is recorded

  Rule: A closed count takes no more counts, recounts or approvals

    Scenario: A cancelled count takes no more counts
      Given the cycle count "C-1" was cancelled
      When the counter records 10 units of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the command is refused because the cycle count "C-1" is already cancelled
      And nothing is recorded

    Scenario: A cancelled count can't be approved
      Given in the cycle count "C-1" 10 units of "SKU-100" were counted in "A-01"
      And the cycle count "C-1" was cancelled
      When the supervisor approves the cycle count "C-1"
      Then the command is refused because the cycle count "C-1" is already cancelled
      And "SKU-100" has 10 units on hand in "A-01" of "MAIN"

    Scenario: An approved count can't be approved again
      Given in the cycle count "C-1" 11 units of "SKU-100" were counted in "A-01"
      And the cycle count "C-1" was approved
      When the supervisor approves the cycle count "C-1"
      Then the command is refused because the cycle count "C-1" is already approved
      And nothing is recorded
      And "SKU-100" has 11 units on hand in "A-01" of "MAIN"

    Scenario: An approved count can't be cancelled
      Given in the cycle count "C-1" 11 units of "SKU-100" were counted in "A-01"
      And the cycle count "C-1" was approved
      When the supervisor cancels the cycle count "C-1"
      Then the command is refused because the cycle count "C-1" is already approved
      And nothing is recorded

    Scenario: An approved count takes no recount
      Given in the cycle count "C-1" 11 units of "SKU-100" were counted in "A-01"
      And the cycle count "C-1" was approved
      When the supervisor asks for a recount of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the command is refused because the cycle count "C-1" is already approved

  Rule: Only a count that was started can be acted on

    Scenario Outline: A count that was never started is refused (<action>)
      When <action> the cycle count "C-9"
      Then the command is refused because there is no cycle count "C-9"
      And nothing is recorded

      Examples:
        | action                   |
        | the supervisor cancels   |
        | the supervisor approves  |
