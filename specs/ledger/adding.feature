@ledger
Feature: Adding stock
  Units arrive in a location for a reason the business recognises (received, found, returned), so the
  ledger can always say why stock went up. A command adds 1 to 10^12 units, and a location holds at
  most 10^12 units of a product.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And the product "SKU-100" exists

  Rule: Every addition cites an active reason, recorded by its name

    @R-4.1
    Scenario: Units are added to a location for a reason
      Given 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
      When the merchant adds 5 units of "SKU-100" to "A-01" of "MAIN" because "Received"
      Then 5 units of "SKU-100" are recorded as added to "A-01" of "MAIN" because "Received"
      And "SKU-100" has 15 units on hand in "A-01" of "MAIN"

    @R-4.1
    Scenario: The reason is recorded as it was first written
      When the merchant adds 2 units of "SKU-100" to "a-02" of "MAIN" because "RECEIVED"
      Then 2 units of "SKU-100" are recorded as added to "A-02" of "MAIN" because "Received"

    @R-4.1
    Scenario: A reason that does not exist is refused
      When the merchant adds 5 units of "SKU-100" to "A-01" of "MAIN" because "Gift"
      Then the command is refused because there is no reason named "Gift"
      And nothing is recorded

    @R-4.1
    Scenario: A deactivated reason is refused
      Given a reason "Found" exists
      And the reason "Found" was deactivated
      When the merchant adds 1 unit of "SKU-100" to "A-01" of "MAIN" because "Found"
      Then the command is refused because the reason "Found" is no longer active

  Rule: A command adds 1 to 10^12 units and a location holds at most 10^12

    @R-4.3
    Scenario Outline: Adding <quantity> units is refused
      When the merchant adds <quantity> units of "SKU-100" to "A-01" of "MAIN" because "Received"
      Then the command is refused because a command moves between 1 and 1000000000000 units, not <quantity>
      And nothing is recorded

      Examples:
        | quantity      |
        | 0             |
        | -5            |
        | 1000000000001 |

    @R-4.3
    Scenario: A single command may add exactly 10^12 units
      When the merchant adds 1000000000000 units of "SKU-100" to "A-02" of "MAIN" because "Received"
      Then 1000000000000 units of "SKU-100" are recorded as added to "A-02" of "MAIN" because "Received"

    @R-4.3
    Scenario: A location may hold exactly 10^12 units
      Given 999999999999 units of "SKU-100" are on hand in "A-01" of "MAIN"
      When the merchant adds 1 unit of "SKU-100" to "A-01" of "MAIN" because "Received"
      Then "SKU-100" has 1000000000000 units on hand in "A-01" of "MAIN"

    @R-4.3
    Scenario: A full location takes no more units
      Given 1000000000000 units of "SKU-100" are on hand in "A-01" of "MAIN"
      When the merchant adds 1 unit of "SKU-100" to "A-01" of "MAIN" because "Received"
      Then the command is refused because "A-01" of "MAIN" can hold at most 1000000000000 units of "SKU-100"
      And nothing is recorded

    @R-4.3
    Scenario: A full location does not stop another location taking units
      Given 1000000000000 units of "SKU-100" are on hand in "A-01" of "MAIN"
      When the merchant adds 1 unit of "SKU-100" to "A-02" of "MAIN" because "Received"
      Then 1 unit of "SKU-100" is recorded as added to "A-02" of "MAIN" because "Received"

  Rule: Only active products go into locations that exist

    @R-1.3
    Scenario: A deactivated product can't be stocked
      Given the product "SKU-100" has been deactivated
      When the merchant adds 1 unit of "SKU-100" to "A-01" of "MAIN" because "Received"
      Then the command is refused because the product "SKU-100" is inactive

    @R-3.3
    Scenario: Stock can't be added to a location that does not exist
      When the merchant adds 1 unit of "SKU-100" to "Z-99" of "MAIN" because "Received"
      Then the command is refused because there is no location "Z-99" in "MAIN"
