@reference-data @R-14.2
Feature: Reference data names are well formed
  A name is what people read on every stock change, order and sale, so it must say something and
  stay short: 1 to 100 characters once the spaces around it are removed. The trimmed name is the one
  recorded.

  Scenario Outline: A <kind> without a name is refused
    When the merchant creates the <kind> "<name>"
    Then the command is refused because the <kind> needs a name
    And nothing is recorded

    Examples:
      | kind     | name |
      | reason   |      |
      | supplier |      |
      | channel  |      |

  Scenario: A name of spaces only is no name
    When the merchant creates the channel "    "
    Then the command is refused because the channel needs a name
    And nothing is recorded

  Scenario: Spaces around a name are removed before it is recorded
    When the merchant creates the supplier "  Northwind  "
    Then the supplier "Northwind" is recorded

  Scenario Outline: A <kind> name of <length> characters is accepted
    When the merchant creates a <kind> with a name of <length> characters
    Then the <kind> with a name of <length> characters is recorded

    Examples:
      | kind     | length |
      | reason   | 1      |
      | reason   | 100    |
      | channel  | 100    |
      | supplier | 100    |

  Scenario Outline: A <kind> name of <length> characters is refused
    When the merchant creates a <kind> with a name of <length> characters
    Then the command is refused because the <kind> name is longer than 100 characters
    And nothing is recorded

    Examples:
      | kind     | length |
      | reason   | 101    |
      | channel  | 101    |
      | supplier | 250    |
