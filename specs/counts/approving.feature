@counts @R-11.4
Feature: Approving a count
  Approval is the only moment a count changes stock, once every line of the snapshot has been counted:
  each line with a variance becomes one adjustment for the count's reason, applied to what the location
  holds at the moment of approval, so picking that went on after a line was counted is kept. No location
  is ever taken below zero. Serial-numbered lines add the serials found that are in stock nowhere and
  remove the serials missing that are still there.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And a reason "Cycle count" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 100 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 20 units of "SKU-200" are on hand in "A-01" of "MAIN"

  Rule: Approval adjusts each line with a variance, once every line is counted

    Scenario: Approval adjusts the lines with a variance and leaves the others
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 103 units of "SKU-100" were counted in "A-01"
      And in the cycle count "C-1" 20 units of "SKU-200" were counted in "A-01"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with these adjustments:
        | sku     | location | change | units |
        | SKU-100 | A-01     | 3      | 103   |
      And "SKU-100" has 103 units on hand in "A-01" of "MAIN"
      And the cycle count "C-1" is listed as approved with 2 of 2 lines counted and 0 recounts pending

    Scenario: Stock found outside the snapshot is added by approval
      Given the cycle count "C-1" of "A-01 and A-02" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 98 units of "SKU-100" were counted in "A-01"
      And in the cycle count "C-1" 20 units of "SKU-200" were counted in "A-01"
      And in the cycle count "C-1" 2 units of "SKU-200" were counted in "A-02"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with these adjustments:
        | sku     | location | change | units |
        | SKU-100 | A-01     | -2     | 98    |
        | SKU-200 | A-02     | 2      | 2     |
      And "SKU-200" has 22 units on hand in all

    Scenario: A count that matches the system is approved with no adjustment
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 100 units of "SKU-100" were counted in "A-01"
      And in the cycle count "C-1" 20 units of "SKU-200" were counted in "A-01"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with no adjustment
      And "SKU-100" has 100 units on hand in "A-01" of "MAIN"

    Scenario: A count of an empty location is approved with no adjustment
      Given the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with no adjustment

    Scenario: Approval is refused while a line of the snapshot is uncounted
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 20 units of "SKU-200" were counted in "A-01"
      When the supervisor approves the cycle count "C-1"
      Then the approval is refused because 1 line is not counted yet, the first "SKU-100" in "A-01"
      And nothing is recorded
      And "SKU-100" has 100 units on hand in "A-01" of "MAIN"

    Scenario: Approval is refused while no line of the snapshot is counted
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      When the supervisor approves the cycle count "C-1"
      Then the approval is refused because 2 lines are not counted yet, the first "SKU-100" in "A-01"

    @lot
    Scenario: A lot's variance adjusts that lot
      Given the product "SKU-300" tracked by lot exists
      And the lot "L-1" of "SKU-300" is registered without an expiry
      And the lot "L-1" of "SKU-300" has 8 units on hand in "A-02" of "MAIN"
      And the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 7 units of "SKU-300" in lot "L-1" were counted in "A-02"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with these adjustments:
        | sku     | location | lot | change | units |
        | SKU-300 | A-02     | L-1 | -1     | 7     |
      And the lot "L-1" of "SKU-300" is listed as not expired with 7 units on hand

  Rule: Approval applies the variance to the stock of the moment, never below zero

    Scenario: Units added after a line was counted are kept
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 97 units of "SKU-100" were counted in "A-01"
      And in the cycle count "C-1" 20 units of "SKU-200" were counted in "A-01"
      And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with these adjustments:
        | sku     | location | change | units |
        | SKU-100 | A-01     | -3     | 107   |

    Scenario: An adjustment stops at zero when the location emptied after it was counted
      Given the cycle count "C-1" of "A-01" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 96 units of "SKU-100" were counted in "A-01"
      And in the cycle count "C-1" 20 units of "SKU-200" were counted in "A-01"
      And the merchant removed 98 units of "SKU-100" from "A-01" of "MAIN" because "Received"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with these adjustments:
        | sku     | location | change | units |
        | SKU-100 | A-01     | -2     | 0     |
      And "SKU-100" has 0 units on hand in all

    Scenario: A location deleted after it was counted can't be adjusted
      Given the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 0 units of "SKU-100" were counted in "A-02"
      And the location "A-02" of "MAIN" was deleted
      When the supervisor approves the cycle count "C-1"
      Then the command is refused because there is no location "A-02" in "MAIN"
      And nothing is recorded

  Rule: Serial lines add the serials found and remove the serials missing

    @serial
    Scenario: A swapped serial is added and the missing one removed, at an unchanged quantity
      Given the product "SKU-400" tracked by serial exists
      And the serials "SN-1 and SN-2" of "SKU-400" are on hand in "A-02" of "MAIN"
      And the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" the serials "SN-1 and SN-3" of "SKU-400" were counted in "A-02"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with these adjustments:
        | sku     | location | change | units | serials added | serials removed |
        | SKU-400 | A-02     | 0      | 2     | SN-3          | SN-2            |
      And the serial "SN-3" of "SKU-400" is listed in "A-02" of "MAIN"
      And the serial "SN-2" of "SKU-400" is listed as not in stock

    @serial
    Scenario: A serial missing from the shelf is removed
      Given the product "SKU-400" tracked by serial exists
      And the serials "SN-1 and SN-2" of "SKU-400" are on hand in "A-02" of "MAIN"
      And the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" the serials "SN-1" of "SKU-400" were counted in "A-02"
      When the supervisor approves the cycle count "C-1"
      Then the cycle count "C-1" is recorded as approved with these adjustments:
        | sku     | location | change | units | serials removed |
        | SKU-400 | A-02     | -1     | 1     | SN-2            |
      And "SKU-400" has 1 unit on hand in "A-02" of "MAIN"
