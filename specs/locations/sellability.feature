@locations @R-3.4
Feature: Sellable and non-sellable locations
  Stock on a receiving dock is in the building but not ready to sell: it counts as on hand, not as
  available. The merchant may change what a location counts as; asking for what it already is changes
  nothing.

  Background:
    Given the warehouse "MAIN" exists
    And a receiving location "DOCK" in "MAIN"
    And a pick location "A-01" in "MAIN"
    And a reason "Received" exists
    And the product "SKU-100" exists
    And 6 units of "SKU-100" are on hand in "DOCK" of "MAIN"
    And 4 units of "SKU-100" are on hand in "A-01" of "MAIN"

  Scenario: Units added to a receiving location are on hand but not available
    When the merchant adds 5 units of "SKU-100" to "DOCK" of "MAIN" because "Received"
    Then 5 units of "SKU-100" are recorded as added to "DOCK" of "MAIN" because "Received"
    And "SKU-100" has 15 units on hand in all
    And "SKU-100" has 4 units available

  Scenario: Marking a location with the sellability it has changes nothing
    When the merchant marks the location "A-01" of "MAIN" as sellable
    Then the command is accepted
    And nothing is recorded
    And "SKU-100" has 4 units available

  Scenario: A receiving location made sellable makes its stock available
    When the merchant marks the location "DOCK" of "MAIN" as sellable
    Then the location "DOCK" of "MAIN" is recorded as now sellable
    And the location "DOCK" of "MAIN" is listed as sellable
    And "SKU-100" has 10 units available

  Scenario: A pick location made not sellable takes its stock off sale
    When the merchant marks the location "A-01" of "MAIN" as not sellable
    Then the location "A-01" of "MAIN" is recorded as now not sellable
    And the location "A-01" of "MAIN" is listed as not sellable
    And "SKU-100" has 0 units available
    And "SKU-100" has 10 units on hand in all

  Scenario: A locked location can still be made not sellable
    Given the location "A-01" of "MAIN" is locked
    When the merchant marks the location "A-01" of "MAIN" as not sellable
    Then the location "A-01" of "MAIN" is recorded as now not sellable
    And "SKU-100" has 0 units available

  @R-3.2
  Scenario: A pick location may be created as not sellable
    When the merchant creates the pick location "QUARANTINE" in "MAIN" as not sellable
    Then the pick location "QUARANTINE" of "MAIN" is recorded as not sellable

  @R-3.3
  Scenario: The sellability of a location that does not exist is refused
    When the merchant marks the location "B-01" of "MAIN" as sellable
    Then the command is refused because there is no location "B-01" in "MAIN"
    And nothing is recorded
