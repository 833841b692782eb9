@shipping @R-9.4
Feature: Taking back returned units
  A customer sends back units of a shipped sale. They go back on hand in an open location, for a reason
  the business recognises; a non-sellable returns dock keeps them off the channels until someone
  inspects them. A sale never takes back more of a SKU than it shipped, less what already came back.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a receiving location "RET" in "MAIN"
    And a reason "Customer return" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 3 units of "SKU-100"
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "S-1"
    And 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And 3 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    And sale "S-1" was shipped with 3 units of "SKU-100" from picklist "P-1"

  Scenario: A returned unit is back on hand for a reason
    When the merchant takes back 1 unit of "SKU-100" of sale "S-1" into "A-01" of "MAIN" because "Customer return"
    Then 1 unit of "SKU-100" of sale "S-1" is recorded as back in "A-01" of "MAIN" because "Customer return"
    And "SKU-100" has 8 units on hand in "A-01" of "MAIN"
    And sale "S-1" shows 3 units of "SKU-100" shipped and 1 returned

  Scenario: Returns on a non-sellable dock are on hand but not available
    When the merchant takes back 2 units of "SKU-100" of sale "S-1" into "RET" of "MAIN" because "customer RETURN"
    Then 2 units of "SKU-100" of sale "S-1" are recorded as back in "RET" of "MAIN" because "Customer return"
    And the stock of "SKU-100" shows:
      | on hand | available | non-sellable |
      | 9       | 7         | 2            |

  Scenario: Everything shipped may come back
    When the merchant takes back 3 units of "SKU-100" of sale "S-1" into "A-01" of "MAIN" because "Customer return"
    Then 3 units of "SKU-100" of sale "S-1" are recorded as back in "A-01" of "MAIN" because "Customer return"

  Scenario: Once everything came back, one more unit is refused
    Given 3 units of "SKU-100" of sale "S-1" came back into "A-01" of "MAIN"
    When the merchant takes back 1 unit of "SKU-100" of sale "S-1" into "A-01" of "MAIN" because "Customer return"
    Then the return is refused because sale "S-1" can take back only 0 units of "SKU-100"
    And nothing is recorded

  Scenario: More than was shipped is refused
    When the merchant takes back 4 units of "SKU-100" of sale "S-1" into "A-01" of "MAIN" because "Customer return"
    Then the return is refused because sale "S-1" can take back only 3 units of "SKU-100"
    And nothing is recorded

  Scenario: What came back in part bounds the rest
    Given 2 units of "SKU-100" of sale "S-1" came back into "RET" of "MAIN"
    When the merchant takes back 2 units of "SKU-100" of sale "S-1" into "A-01" of "MAIN" because "Customer return"
    Then the return is refused because sale "S-1" can take back only 1 unit of "SKU-100"

  Scenario: A SKU the sale did not ship can't come back on it
    When the merchant takes back 1 unit of "SKU-200" of sale "S-1" into "A-01" of "MAIN" because "Customer return"
    Then the return is refused because sale "S-1" can take back only 0 units of "SKU-200"

  Scenario: A sale that never shipped takes nothing back
    When the merchant takes back 1 unit of "SKU-100" of sale "S-2" into "A-01" of "MAIN" because "Customer return"
    Then the return is refused because sale "S-2" can take back only 0 units of "SKU-100"

  @R-4.1
  Scenario: A return needs a reason the business recognises
    When the merchant takes back 1 unit of "SKU-100" of sale "S-1" into "A-01" of "MAIN" because "Changed mind"
    Then the command is refused because there is no reason named "Changed mind"
    And nothing is recorded

  @R-3.5
  Scenario: Nothing comes back into a locked location
    Given the location "A-01" of "MAIN" is locked
    When the merchant takes back 1 unit of "SKU-100" of sale "S-1" into "A-01" of "MAIN" because "Customer return"
    Then the command is refused because the location "A-01" of "MAIN" is locked
