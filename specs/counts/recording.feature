@counts @R-11.2
Feature: Recording what the counters find
  Counters walk the locations of a count and record what they find, SKU by SKU and lot by lot. Picking
  goes on meanwhile, so each count is compared with what the system holds at the moment it is recorded
  (the snapshot plus every movement since the start), not with the snapshot alone. Recording a count
  changes no stock: only approval does.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Cycle count" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Rule: Each line is compared with the on hand at the moment it is counted

    Scenario: A count below the system's figure records the variance and changes no stock
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      When the counter records 9 units of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the cycle count "C-1" records 9 units of "SKU-100" in "A-01" against 10 expected, a variance of -1
      And "SKU-100" has 10 units on hand in "A-01" of "MAIN"

    Scenario: Units removed during the count are expected, so an exact count has no variance
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      And the merchant removed 3 units of "SKU-100" from "A-01" of "MAIN" because "Received"
      When the counter records 7 units of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the cycle count "C-1" records 7 units of "SKU-100" in "A-01" against 7 expected, a variance of 0

    Scenario: Units moved in during the count are expected too
      Given 5 units of "SKU-100" are on hand in "A-02" of "MAIN"
      And the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      And 5 units of "SKU-100" were moved from "A-02" to "A-01" of "MAIN"
      When the counter records 14 units of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the cycle count "C-1" records 14 units of "SKU-100" in "A-01" against 15 expected, a variance of -1

    Scenario: Counting a line again replaces the earlier count
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 9 units of "SKU-100" were counted in "A-01"
      When the counter records 10 units of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the cycle count "C-1" records 10 units of "SKU-100" in "A-01" against 10 expected, a variance of 0
      And the cycle count "C-1" is listed as open with 1 of 1 line counted and 0 recounts pending

    Scenario: Stock found outside the snapshot is a line of its own
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      When the counter records 2 units of "SKU-200" in "A-01" for the cycle count "C-1"
      Then the cycle count "C-1" records 2 units of "SKU-200" in "A-01" against 0 expected, a variance of 2
      And the cycle count "C-1" is listed as open with 1 of 2 lines counted and 0 recounts pending

    Scenario: An empty location counted empty records no variance
      Given the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      When the counter records 0 units of "SKU-100" in "A-02" for the cycle count "C-1"
      Then the cycle count "C-1" records 0 units of "SKU-100" in "A-02" against 0 expected, a variance of 0

    Scenario: A location locked for the count is still counted
      Given the location "A-01" of "MAIN" is locked
      And the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      When the counter records 11 units of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the cycle count "C-1" records 11 units of "SKU-100" in "A-01" against 10 expected, a variance of 1

    @lot
    Scenario: A lot is counted on its own line
      Given the product "SKU-300" tracked by lot exists
      And the lot "L-1" of "SKU-300" is registered without an expiry
      And the lot "L-1" of "SKU-300" has 8 units on hand in "A-02" of "MAIN"
      And the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      When the counter records 7 units of "SKU-300" in lot "L-1" in "A-02" for the cycle count "C-1"
      Then the cycle count "C-1" records 7 units of "SKU-300" in lot "L-1" in "A-02" against 8 expected, a variance of -1

    @serial
    Scenario: A serial-tracked line names the serials found
      Given the product "SKU-400" tracked by serial exists
      And the serials "SN-1 and SN-2" of "SKU-400" are on hand in "A-02" of "MAIN"
      And the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      When the counter records 2 units of "SKU-400" with the serials "SN-1 and SN-3" in "A-02" for the cycle count "C-1"
      Then the cycle count "C-1" records 2 units of "SKU-400" with the serials "SN-1 and SN-3" in "A-02" against 2 expected, a variance of 0

  Rule: Only the count's locations are counted, with the checks of any stock line

    Scenario: A location outside the count is refused
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      When the counter records 3 units of "SKU-100" in "A-02" for the cycle count "C-1"
      Then the command is refused because "A-02" of "MAIN" is not part of the cycle count "C-1"
      And nothing is recorded

    @serial @R-12.4
    Scenario: A serial on hand in another location can't be counted here
      Given the product "SKU-400" tracked by serial exists
      And the serials "SN-1" of "SKU-400" are on hand in "A-02" of "MAIN"
      And the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      When the counter records 1 unit of "SKU-400" with the serials "SN-1" in "A-01" for the cycle count "C-1"
      Then the command is refused because the serial "SN-1" of "SKU-400" is already on hand in "A-02" of "MAIN"
      And nothing is recorded

    Scenario: A negative count is refused
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      When the counter records -1 units of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the command is refused because a command moves between 0 and 1000000000000 units, not -1
      And nothing is recorded

    Scenario: A product the catalog does not know is refused
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      When the counter records 1 unit of "SKU-999" in "A-01" for the cycle count "C-1"
      Then the command is refused because there is no product "SKU-999"
      And nothing is recorded

    @lot
    Scenario: A lot the product never registered is refused
      Given the product "SKU-300" tracked by lot exists
      And the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      When the counter records 1 unit of "SKU-300" in lot "L-9" in "A-01" for the cycle count "C-1"
      Then the command is refused because "SKU-300" has no lot "L-9"
      And nothing is recorded
