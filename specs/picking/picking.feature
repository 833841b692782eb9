@picking
Feature: Picking units out of locations
  The picker takes units of a picklist line out of a location of the picklist's warehouse. The units
  leave the location's on hand and become Picked; a pick for a sale also releases the sale's Pending,
  since those units are no longer waiting on a shelf. A pick never takes more than the line still needs
  nor more than the location holds.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 3 units of "SKU-100"
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "S-1"

  @R-8.4
  Rule: A pick moves on hand at the location to Picked

    Scenario: Units picked leave the location and are Picked
      When the picker picks 2 units of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then 2 units of "SKU-100" for sale "S-1" are recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 2 pending
      And "SKU-100" has 8 units on hand in "A-01" of "MAIN"
      And the stock of "SKU-100" shows:
        | on hand | picked | pending | available |
        | 8       | 2      | 1       | 7         |
      And the line for "SKU-100" for sale "S-1" on picklist "P-1" shows:
        | picked | remaining |
        | 2      | 1         |

    Scenario: The last units of a location may be picked
      Given 2 units of "SKU-100" are on hand in "A-02" of "MAIN"
      When the picker picks 2 units of "SKU-100" for sale "S-1" on picklist "P-1" from "A-02"
      Then 2 units of "SKU-100" for sale "S-1" are recorded as picked on picklist "P-1" from "A-02" of "MAIN", releasing 2 pending
      And "SKU-100" has 0 units on hand in "A-02" of "MAIN"

    Scenario: A pick beyond what the location holds is refused, even with more elsewhere
      Given 1 unit of "SKU-100" is on hand in "A-02" of "MAIN"
      When the picker picks 2 units of "SKU-100" for sale "S-1" on picklist "P-1" from "A-02"
      Then the command is refused because only 1 unit of "SKU-100" is in "A-02" of "MAIN"
      And nothing is recorded

    Scenario: An empty location gives nothing
      When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" from "A-02"
      Then the command is refused because only 0 units of "SKU-100" are in "A-02" of "MAIN"

    Scenario: Nothing is picked out of a locked location
      Given the location "A-01" of "MAIN" is locked
      When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then the command is refused because the location "A-01" of "MAIN" is locked
      And nothing is recorded

    Scenario: A location of another warehouse is not in the picklist's warehouse
      Given a warehouse "EAST" with a pick location "B-01"
      And 5 units of "SKU-100" are on hand in "B-01" of "EAST"
      When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" from "B-01"
      Then the command is refused because there is no location "B-01" in "MAIN"

  @R-8.3
  Rule: A pick never exceeds what the line still needs

    Scenario: The whole line may be picked at once
      When the picker picks 3 units of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then 3 units of "SKU-100" for sale "S-1" are recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 3 pending
      And the line for "SKU-100" for sale "S-1" on picklist "P-1" shows:
        | picked | remaining |
        | 3      | 0         |

    Scenario: One unit more than the line needs is refused
      When the picker picks 4 units of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then the pick is refused because the line for "SKU-100" for sale "S-1" needs only 3 more units
      And nothing is recorded

    Scenario: The rest of a line may be picked
      Given 2 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
      When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then 1 unit of "SKU-100" for sale "S-1" is recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 1 pending

    Scenario: A line already picked in part needs only the rest
      Given 2 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
      When the picker picks 2 units of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then the pick is refused because the line for "SKU-100" for sale "S-1" needs only 1 more unit

    @R-8.7
    Scenario: A line picked and shorted in full takes no more units
      Given 2 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
      And 1 unit of "SKU-100" for sale "S-1" was shorted on picklist "P-1"
      When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then the pick is refused because the line for "SKU-100" for sale "S-1" needs only 0 more units

    Scenario Outline: A pick of <quantity> units is refused
      When the picker picks <quantity> units of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then the command is refused because a command moves between 1 and 1000000000000 units, not <quantity>
      And nothing is recorded

      Examples:
        | quantity |
        | 0        |
        | -1       |

  @R-8.9
  Rule: A pick for a sale releases that many Pending units, never more than are pending

    Scenario: A pick for a sale lowers Pending by the units picked
      When the picker picks 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then 1 unit of "SKU-100" for sale "S-1" is recorded as picked on picklist "P-1" from "A-01" of "MAIN", releasing 1 pending
      And the stock of "SKU-100" shows:
        | pending | picked | available |
        | 2       | 1      | 7         |

    Scenario: A pick releases only what is pending
      Given a picklist "P-2" in "MAIN" lists 5 units of "SKU-100" for sale "S-1"
      When the picker picks 5 units of "SKU-100" for sale "S-1" on picklist "P-2" from "A-01"
      Then 5 units of "SKU-100" for sale "S-1" are recorded as picked on picklist "P-2" from "A-01" of "MAIN", releasing 3 pending
      And the stock of "SKU-100" shows:
        | pending | picked | on hand | available |
        | 0       | 5      | 5       | 5         |

    Scenario: With nothing pending a pick for a sale releases nothing
      Given 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"
      And a picklist "P-2" in "MAIN" lists 2 units of "SKU-100" for sale "S-1"
      When the picker picks 2 units of "SKU-100" for sale "S-1" on picklist "P-2" from "A-01"
      Then 2 units of "SKU-100" for sale "S-1" are recorded as picked on picklist "P-2" from "A-01" of "MAIN", releasing 0 pending

    Scenario: A pick for no sale leaves Pending alone
      Given a picklist "P-2" in "MAIN" lists 4 units of "SKU-100" for no sale
      When the picker picks 4 units of "SKU-100" for no sale on picklist "P-2" from "A-01"
      Then 4 units of "SKU-100" for no sale are recorded as picked on picklist "P-2" from "A-01" of "MAIN"
      And the stock of "SKU-100" shows:
        | pending | picked | on hand | available |
        | 3       | 4      | 6       | 3         |

    Scenario: A refused pick releases nothing
      When the picker picks 4 units of "SKU-100" for sale "S-1" on picklist "P-1" from "A-01"
      Then the pick is refused because the line for "SKU-100" for sale "S-1" needs only 3 more units
      And the stock of "SKU-100" shows:
        | pending | picked | on hand |
        | 3       | 0      | 10      |
