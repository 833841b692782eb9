@reference-data @R-14.3
Feature: Only active reference data may be cited
  Stock changes cite a reason by name (as purchase orders cite a supplier and sales a channel). Only an
  entry of the right kind that exists and is still active may be cited, written in any capitals; the
  record carries the name as it was created. A deactivated entry stays on record but is cited no more.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And the product "SKU-100" exists
    And a reason "Received" exists

  Scenario: An active reason is cited by its recorded name
    When the merchant adds 4 units of "SKU-100" to "A-01" of "MAIN" because "  received "
    Then 4 units of "SKU-100" are recorded as added to "A-01" of "MAIN" because "Received"

  Scenario: A deactivated reason can no longer be cited
    Given a reason "Found" exists
    And the reason "Found" was deactivated
    When the merchant adds 1 unit of "SKU-100" to "A-01" of "MAIN" because "found"
    Then the command is refused because the reason "Found" is no longer active
    And nothing is recorded

  Scenario: A supplier of the same name is not a reason
    Given a supplier "Acme" exists
    When the merchant adds 1 unit of "SKU-100" to "A-01" of "MAIN" because "Acme"
    Then the command is refused because there is no reason named "Acme"
    And nothing is recorded

  Scenario: A reason deactivated after use is still listed, as inactive
    Given a reason "Damaged" exists
    And 3 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the merchant removed 1 unit of "SKU-100" from "A-01" of "MAIN" because "Damaged"
    When the merchant deactivates the reason "Damaged"
    Then the reason "Damaged" is recorded as deactivated
    And the reasons are listed as:
      | name     | active |
      | Damaged  | no     |
      | Received | yes    |
    And "SKU-100" has 2 units on hand in all
