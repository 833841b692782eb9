@journey @counts
Feature: Journey: a cycle count finds units missing
  The shelf and the system disagree: a count is started, which snapshots what the system expects, the
  counter finds fewer units, and the supervisor's approval corrects the stock. Nothing changes stock until
  the approval. Each scenario is one stage; its Givens are the stages before it.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a reason "Cycle count" exists
    And the product "SKU-100" exists
    And 40 units of "SKU-100" are on hand in "A-01" of "MAIN"

  @R-11.1
  Scenario: 1. The count starts and snapshots what the system expects
    When the merchant starts a cycle count of "A-01" in "MAIN" because "Cycle count"
    Then a cycle count of "A-01" in "MAIN" is recorded as started because "Cycle count" with this snapshot:
      | sku     | location | units |
      | SKU-100 | A-01     | 40    |

  @R-11.2 @R-11.3
  Scenario: 2. The counter finds two units fewer, within the recount threshold
    Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
    When the counter records 38 units of "SKU-100" in "A-01" for the cycle count "C-1"
    Then the cycle count "C-1" records 38 units of "SKU-100" in "A-01" against 40 expected, a variance of -2
    And "SKU-100" has 40 units on hand in "A-01" of "MAIN"

  @R-11.4
  Scenario: 3. The supervisor approves and the stock is corrected
    Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
    And in the cycle count "C-1" 38 units of "SKU-100" were counted in "A-01"
    When the supervisor approves the cycle count "C-1"
    Then the cycle count "C-1" is recorded as approved with these adjustments:
      | sku     | location | change | units |
      | SKU-100 | A-01     | -2     | 38    |
    And "SKU-100" has 38 units on hand in "A-01" of "MAIN"
    And the cycle count "C-1" is listed as approved with 1 of 1 line counted and 0 recounts pending
