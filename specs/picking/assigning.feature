@picking @R-8.2
Feature: Giving a picklist to a picker
  A supervisor gives each open picklist to a picker, and may hand it to someone else during the shift;
  the record says who had it before. A picker's name is 1 to 200 characters.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And the product "SKU-100" exists
    And a picklist "P-1" in "MAIN" lists 3 units of "SKU-100" for no sale

  Scenario: An open picklist is given to a picker
    When the picklist "P-1" is given to "Ana"
    Then the picklist "P-1" is recorded as given to "Ana"

  Scenario: Handing a picklist to another picker records who had it
    Given the picklist "P-1" was given to "Ana"
    When the picklist "P-1" is given to "Ben"
    Then the picklist "P-1" is recorded as given to "Ben" instead of "Ana"

  Scenario: Giving a picklist to the picker who has it changes nothing
    Given the picklist "P-1" was given to "Ana"
    When the picklist "P-1" is given to " ana "
    Then the command is accepted
    And nothing is recorded

  Scenario: A picker with a name of exactly 200 characters is accepted
    When the picklist "P-1" is given to a picker with a name of 200 characters
    Then the picklist "P-1" is recorded as given to a picker with a name of 200 characters

  Scenario Outline: A picker's name of <length> characters is refused
    When the picklist "P-1" is given to a picker with a name of <length> characters
    Then the command is refused because a picker's name is 1 to 200 characters
    And nothing is recorded

    Examples:
      | length |
      | 0      |
      | 201    |

  Scenario: A blank name is no picker
    When the picklist "P-1" is given to "   "
    Then the command is refused because a picker's name is 1 to 200 characters

  @R-8.8
  Scenario: A completed picklist is given to no one
    Given 3 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 3 units of "SKU-100" for no sale were picked on picklist "P-1" from "A-01"
    And the picklist "P-1" was completed
    When the picklist "P-1" is given to "Ana"
    Then the command is refused because the picklist "P-1" is completed
    And nothing is recorded

  @R-8.1
  Scenario: A picklist that does not exist is given to no one
    When the picklist "P-7" is given to "Ana"
    Then the command is refused because there is no picklist "P-7"
