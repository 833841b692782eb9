@counts @R-11.3
Feature: Recounts
  A small difference between the shelf and the system is usually real; a large one is often a miscount.
  So a first count whose variance is larger than max(2 units, 5% of the expected units, rounded up) is
  counted again before the count can be approved, and a supervisor may ask for a recount of any counted
  line. A recount replaces the count and is accepted whatever it finds.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Cycle count" exists
    And the product "SKU-040" exists
    And the product "SKU-041" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 40 units of "SKU-040" are on hand in "A-01" of "MAIN"
    And 41 units of "SKU-041" are on hand in "A-01" of "MAIN"
    And 100 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the cycle count "C-1" of "A-01 and A-02" in "MAIN" was started because "Cycle count"

  Rule: A first count past the threshold asks for a recount

    Scenario Outline: A variance of exactly the threshold needs no recount (<expected> expected, threshold <threshold>)
      When the counter records <counted> units of "<sku>" in "<location>" for the cycle count "C-1"
      Then the cycle count "C-1" records <counted> units of "<sku>" in "<location>" against <expected> expected, a variance of <variance>

      Examples:
        | sku     | location | expected | threshold | counted | variance |
        | SKU-200 | A-02     | 0        | 2         | 2       | 2        |
        | SKU-040 | A-01     | 40       | 2         | 42      | 2        |
        | SKU-041 | A-01     | 41       | 3         | 38      | -3       |
        | SKU-100 | A-01     | 100      | 5         | 105     | 5        |

    Scenario Outline: A variance one past the threshold asks for a recount (<expected> expected, threshold <threshold>)
      When the counter records <counted> units of "<sku>" in "<location>" for the cycle count "C-1"
      Then the cycle count "C-1" records <counted> units of "<sku>" in "<location>" against <expected> expected and asks for a recount: a variance of <variance> is over the threshold of <threshold>

      Examples:
        | sku     | location | expected | threshold | counted | variance |
        | SKU-200 | A-02     | 0        | 2         | 3       | 3        |
        | SKU-040 | A-01     | 40       | 2         | 43      | 3        |
        | SKU-041 | A-01     | 41       | 3         | 37      | -4       |
        | SKU-100 | A-01     | 100      | 5         | 94      | -6       |

    Scenario: A location counted empty is far enough off to be counted again
      When the counter records 0 units of "SKU-040" in "A-01" for the cycle count "C-1"
      Then the cycle count "C-1" records 0 units of "SKU-040" in "A-01" against 40 expected and asks for a recount: a variance of -40 is over the threshold of 2

    Scenario: A recount replaces the count and is accepted whatever its variance
      Given in the cycle count "C-1" 30 units of "SKU-040" were counted in "A-01"
      When the counter records 30 units of "SKU-040" in "A-01" for the cycle count "C-1"
      Then the cycle count "C-1" records 30 units of "SKU-040" in "A-01" against 40 expected, a variance of -10
      And the cycle count "C-1" is listed as open with 1 of 3 lines counted and 0 recounts pending

  Rule: A supervisor may ask for a recount of a counted line, once while it is pending

    Scenario: A supervisor asks for a recount of a line within the threshold
      Given in the cycle count "C-1" 99 units of "SKU-100" were counted in "A-01"
      When the supervisor asks for a recount of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the cycle count "C-1" asks for a recount of "SKU-100" in "A-01": a variance of -1 against the threshold of 5
      And the cycle count "C-1" is listed as open with 1 of 3 lines counted and 1 recount pending

    Scenario: Asking again while a recount is pending changes nothing
      Given in the cycle count "C-1" 99 units of "SKU-100" were counted in "A-01"
      And in the cycle count "C-1" a recount of "SKU-100" in "A-01" was asked for
      When the supervisor asks for a recount of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the command is accepted
      And nothing is recorded

    Scenario: A recount of a line nobody counted yet is refused
      When the supervisor asks for a recount of "SKU-100" in "A-01" for the cycle count "C-1"
      Then the command is refused because "SKU-100" in "A-01" has not been counted in the cycle count "C-1"
      And nothing is recorded

  Rule: Approval waits for every pending recount

    Scenario: Approval is refused while a recount is pending
      Given in the cycle count "C-1" 40 units of "SKU-040" were counted in "A-01"
      And in the cycle count "C-1" 50 units of "SKU-041" were counted in "A-01"
      And in the cycle count "C-1" 100 units of "SKU-100" were counted in "A-01"
      When the supervisor approves the cycle count "C-1"
      Then the approval is refused because "SKU-041" in "A-01" must be counted again first, its variance being 9
      And nothing is recorded

    Scenario: Once recounted, the line is approved with the recount's variance
      Given in the cycle count "C-1" 40 units of "SKU-040" were counted in "A-01"
      And in the cycle count "C-1" 50 units of "SKU-041" were counted in "A-01"
      And in the cycle count "C-1" 45 units of "SKU-041" were counted in "A-01"
      And in the cycle count "C-1" 100 units of "SKU-100" were counted in "A-01"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with these adjustments:
        | sku     | location | change | units |
        | SKU-041 | A-01     | 4      | 45    |
      And "SKU-041" has 45 units on hand in "A-01" of "MAIN"
