@shipping @R-9.2
Feature: Putting picked units back
  Picked units that will not ship now (a failed check, a cancelled sale, a wrong pick) go back into a
  location of the picklist's warehouse: Picked falls, the location's on hand rises, and the sale's units
  are Pending again as far as the picks had released them. Failed units go back first, then unchecked,
  then passed ones.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a staging location "Q-01" in "MAIN"
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 3 units of "SKU-100"
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "S-1"
    And 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"

  Scenario: A unit put back is on hand again and Pending for its sale
    When the packer puts back 1 unit of "SKU-100" for sale "S-1" from picklist "P-1" into "A-02"
    Then 1 unit of "SKU-100" for sale "S-1" is recorded as put back from picklist "P-1" into "A-02" of "MAIN", restoring 1 pending
    And "SKU-100" has 1 unit on hand in "A-02" of "MAIN"
    And the stock of "SKU-100" shows:
      | on hand | picked | pending |
      | 8       | 2      | 1       |
    And the line for "SKU-100" for sale "S-1" on picklist "P-1" shows:
      | picked | remaining |
      | 2      | 1         |

  Scenario: Every unit in hand may be put back
    When the packer puts back 3 units of "SKU-100" for sale "S-1" from picklist "P-1" into "A-01"
    Then 3 units of "SKU-100" for sale "S-1" are recorded as put back from picklist "P-1" into "A-01" of "MAIN", restoring 3 pending
    And the stock of "SKU-100" shows:
      | on hand | picked | pending | available |
      | 10      | 0      | 3       | 7         |

  Scenario: Putting back more than is in hand is refused
    When the packer puts back 4 units of "SKU-100" for sale "S-1" from picklist "P-1" into "A-01"
    Then the put-back is refused because picklist "P-1" holds only 3 picked units of "SKU-100"
    And nothing is recorded

  Scenario: A failed unit goes to a quarantine bench, which is not for sale
    Given 1 unit of "SKU-100" for sale "S-1" failed the check on picklist "P-1"
    When the packer puts back 1 unit of "SKU-100" for sale "S-1" from picklist "P-1" into "Q-01"
    Then 1 unit of "SKU-100" for sale "S-1" is recorded as put back from picklist "P-1" into "Q-01" of "MAIN", restoring 1 pending
    And the line for "SKU-100" for sale "S-1" on picklist "P-1" shows:
      | picked | failed |
      | 2      | 0      |
    And the stock of "SKU-100" shows:
      | on hand | non-sellable |
      | 8       | 1            |

  Scenario: Units put back restore only the Pending their picks released
    Given a picklist "P-2" in "MAIN" lists 4 units of "SKU-100" for sale "S-1"
    And 4 units of "SKU-100" for sale "S-1" were picked on picklist "P-2" from "A-01"
    When the packer puts back 4 units of "SKU-100" for sale "S-1" from picklist "P-2" into "A-01"
    Then 4 units of "SKU-100" for sale "S-1" are recorded as put back from picklist "P-2" into "A-01" of "MAIN", restoring 0 pending

  Scenario: Units picked for no sale go back without Pending
    Given a picklist "P-2" in "MAIN" lists 2 units of "SKU-100" for no sale
    And 2 units of "SKU-100" for no sale were picked on picklist "P-2" from "A-01"
    When the packer puts back 2 units of "SKU-100" for no sale from picklist "P-2" into "A-02"
    Then 2 units of "SKU-100" for no sale are recorded as put back from picklist "P-2" into "A-02" of "MAIN"

  Scenario: Units go back after the picklist is completed
    Given the picklist "P-1" was completed
    When the packer puts back 1 unit of "SKU-100" for sale "S-1" from picklist "P-1" into "A-01"
    Then 1 unit of "SKU-100" for sale "S-1" is recorded as put back from picklist "P-1" into "A-01" of "MAIN", restoring 1 pending

  Scenario: Shipped units are no longer in hand
    Given 3 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    And sale "S-1" was shipped with 3 units of "SKU-100" from picklist "P-1"
    When the packer puts back 1 unit of "SKU-100" for sale "S-1" from picklist "P-1" into "A-01"
    Then the put-back is refused because picklist "P-1" holds only 0 picked units of "SKU-100"

  Scenario: Nothing goes back into a locked location
    Given the location "A-02" of "MAIN" is locked
    When the packer puts back 1 unit of "SKU-100" for sale "S-1" from picklist "P-1" into "A-02"
    Then the command is refused because the location "A-02" of "MAIN" is locked
    And nothing is recorded

  Scenario: Units go back only into the picklist's warehouse
    Given a warehouse "EAST" with a pick location "B-01"
    When the packer puts back 1 unit of "SKU-100" for sale "S-1" from picklist "P-1" into "B-01"
    Then the command is refused because there is no location "B-01" in "MAIN"

  @R-8.1
  Scenario: Units go back only from a line of the picklist
    When the packer puts back 1 unit of "SKU-100" for sale "S-2" from picklist "P-1" into "A-01"
    Then the command is refused because picklist "P-1" has no line for "SKU-100" for sale "S-2"
