@catalog
Feature: Deactivating products
  A product the business no longer sells is deactivated, not deleted: it keeps its codes so history
  still reads. It can't be deactivated while any unit is in stock, because that stock would become
  impossible to sell or remove.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And the product "SKU-100" exists

  @R-1.6
  Scenario: A product without stock is deactivated and stays on record
    When the merchant deactivates "SKU-100"
    Then "SKU-100" is recorded as deactivated
    And "SKU-100" is inactive in the catalog

  @R-1.6
  Scenario Outline: A product with <units> unit(s) in stock can't be deactivated
    Given <units> units of "SKU-100" are on hand in "A-01" of "MAIN"
    When the merchant deactivates "SKU-100"
    Then the command is refused because "SKU-100" still has <units> units in stock
    And nothing is recorded
    And "SKU-100" is active in the catalog

    Examples:
      | units |
      | 1     |
      | 40    |

  @R-1.6
  Scenario: Once the last unit is gone the product can be deactivated
    Given 3 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the merchant removed 3 units of "SKU-100" from "A-01" of "MAIN" because "Damaged"
    When the merchant deactivates "SKU-100"
    Then "SKU-100" is recorded as deactivated

  @R-1.6
  Scenario: Deactivating an inactive product changes nothing
    Given the product "SKU-100" has been deactivated
    When the merchant deactivates "SKU-100"
    Then the command is accepted
    And nothing is recorded

  @R-1.3
  Scenario: Deactivating a product that does not exist is refused
    When the merchant deactivates "SKU-999"
    Then the command is refused because there is no product "SKU-999"
    And nothing is recorded
