@picking @R-8.7
Feature: Short picks
  When the picker can't find units the picklist asks for, they record a short: the line needs that many
  fewer, so the picklist can be finished. Nothing moves: the units stay on hand as far as the ledger
  knows (a count will tell), and the sale still waits for them, so its Pending stays.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 3 units of "SKU-100"
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "S-1"

  Scenario: A short reduces what the line needs and moves no stock
    When the picker shorts 1 unit of "SKU-100" for sale "S-1" on picklist "P-1"
    Then 1 unit of "SKU-100" for sale "S-1" is recorded as short on picklist "P-1"
    And the line for "SKU-100" for sale "S-1" on picklist "P-1" shows:
      | shorted | remaining |
      | 1       | 2         |
    And the stock of "SKU-100" shows:
      | on hand | pending | picked |
      | 10      | 3       | 0      |

  Scenario: The whole rest of a line may be shorted
    Given 1 unit of "SKU-100" for sale "S-1" was picked on picklist "P-1" from "A-01"
    When the picker shorts 2 units of "SKU-100" for sale "S-1" on picklist "P-1"
    Then 2 units of "SKU-100" for sale "S-1" are recorded as short on picklist "P-1"
    And the line for "SKU-100" for sale "S-1" on picklist "P-1" shows:
      | picked | shorted | remaining |
      | 1      | 2       | 0         |

  Scenario: A short beyond what the line needs is refused
    Given 1 unit of "SKU-100" for sale "S-1" was picked on picklist "P-1" from "A-01"
    When the picker shorts 3 units of "SKU-100" for sale "S-1" on picklist "P-1"
    Then the short is refused because the line for "SKU-100" for sale "S-1" needs only 2 more units
    And nothing is recorded

  Scenario: A line already resolved takes no short
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    When the picker shorts 1 unit of "SKU-100" for sale "S-1" on picklist "P-1"
    Then the short is refused because the line for "SKU-100" for sale "S-1" needs only 0 more units

  Scenario Outline: A short of <quantity> units is refused
    When the picker shorts <quantity> units of "SKU-100" for sale "S-1" on picklist "P-1"
    Then the command is refused because a command moves between 1 and 1000000000000 units, not <quantity>
    And nothing is recorded

    Examples:
      | quantity |
      | 0        |
      | -2       |

  @R-8.1
  Scenario: A short for a sale the picklist does not serve is refused
    When the picker shorts 1 unit of "SKU-100" for sale "S-2" on picklist "P-1"
    Then the command is refused because picklist "P-1" has no line for "SKU-100" for sale "S-2"

  @R-8.8
  Scenario: A completed picklist takes no short
    Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
    And the picklist "P-1" was completed
    When the picker shorts 1 unit of "SKU-100" for sale "S-1" on picklist "P-1"
    Then the command is refused because the picklist "P-1" is completed
    And nothing is recorded
