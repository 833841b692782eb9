@shipping @R-9.1
Feature: Checking picked units at the packing bench
  Before packing, each picked unit is checked: it passes, or it fails (damaged, wrong item) with a note
  of up to 200 characters. A check covers only picked units still waiting for one, so the units passed
  and failed never exceed the units picked. Checks go on after the picklist is completed.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And the product "SKU-100" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And the sale "S-1" from "SHOP" was imported with 3 units of "SKU-100"
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for sale "S-1"
    And 3 units of "SKU-100" for sale "S-1" were picked on picklist "P-1" from "A-01"

  Scenario: Picked units pass the check
    When the packer passes 2 units of "SKU-100" for sale "S-1" on picklist "P-1"
    Then 2 units of "SKU-100" for sale "S-1" are recorded as passing the check on picklist "P-1"
    And the line for "SKU-100" for sale "S-1" on picklist "P-1" shows:
      | picked | passed | failed |
      | 3      | 2      | 0      |

  Scenario: A picked unit fails the check with a note
    When the packer fails 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" noting "Crushed box"
    Then 1 unit of "SKU-100" for sale "S-1" is recorded as failing the check on picklist "P-1" noting "Crushed box"
    And the line for "SKU-100" for sale "S-1" on picklist "P-1" shows:
      | passed | failed |
      | 0      | 1      |

  Scenario: A failed check needs no note
    When the packer fails 1 unit of "SKU-100" for sale "S-1" on picklist "P-1"
    Then 1 unit of "SKU-100" for sale "S-1" is recorded as failing the check on picklist "P-1"

  Scenario: The last unit waiting for a check may be checked
    Given 2 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When the packer passes 1 unit of "SKU-100" for sale "S-1" on picklist "P-1"
    Then 1 unit of "SKU-100" for sale "S-1" is recorded as passing the check on picklist "P-1"

  Scenario: Passing more units than wait for a check is refused
    Given 2 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When the packer passes 2 units of "SKU-100" for sale "S-1" on picklist "P-1"
    Then the check is refused because only 1 picked unit of "SKU-100" is waiting for a check
    And nothing is recorded

  Scenario: Failed units count as checked too
    Given 1 unit of "SKU-100" for sale "S-1" failed the check on picklist "P-1"
    And 2 units of "SKU-100" for sale "S-1" passed the check on picklist "P-1"
    When the packer fails 1 unit of "SKU-100" for sale "S-1" on picklist "P-1"
    Then the check is refused because only 0 picked units of "SKU-100" are waiting for a check

  Scenario: Units not yet picked can't be checked
    Given a picklist "P-2" in "MAIN" lists 2 units of "SKU-100" for sale "S-1"
    When the packer passes 1 unit of "SKU-100" for sale "S-1" on picklist "P-2"
    Then the check is refused because only 0 picked units of "SKU-100" are waiting for a check

  Scenario: Checks go on after the picklist is completed
    Given the picklist "P-1" was completed
    When the packer passes 3 units of "SKU-100" for sale "S-1" on picklist "P-1"
    Then 3 units of "SKU-100" for sale "S-1" are recorded as passing the check on picklist "P-1"

  Scenario: A note of exactly 200 characters is kept
    When the packer fails 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" with a note of 200 characters
    Then 1 unit of "SKU-100" for sale "S-1" is recorded as failing the check on picklist "P-1" with a note of 200 characters

  Scenario: A note of 201 characters is refused
    When the packer fails 1 unit of "SKU-100" for sale "S-1" on picklist "P-1" with a note of 201 characters
    Then the check is refused because its note is longer than 200 characters
    And nothing is recorded

  Scenario: A check of no units is refused
    When the packer passes 0 units of "SKU-100" for sale "S-1" on picklist "P-1"
    Then the command is refused because a command moves between 1 and 1000000000000 units, not 0

  @R-8.1
  Scenario: A check on a picklist that does not exist is refused
    When the packer passes 1 unit of "SKU-100" for sale "S-1" on picklist "P-9"
    Then the command is refused because there is no picklist "P-9"
