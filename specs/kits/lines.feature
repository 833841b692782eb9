@kits @R-2.2
Feature: A kit's lines
  Each line of a kit names one component and how many of its units one kit holds. A kit has at least
  one line and at most 100, one line per component (an alternate SKU names the same component), and
  1 to 10,000 units on a line, so that a kit's definition is one a picker can follow.

  Background:
    Given the product "MUG" exists
    And the product "MUG" is also known as "4006381333931"
    And the product "SAUCER" exists
    And the product "GIFT-SET" exists

  Scenario: A kit of two lines is recorded with the units of each
    When the merchant defines the kit "GIFT-SET" as:
      | component | units |
      | MUG       | 2     |
      | SAUCER    | 1     |
    Then the kit "GIFT-SET" is recorded as made of:
      | component | units |
      | MUG       | 2     |
      | SAUCER    | 1     |

  Scenario: A kit without lines is refused
    When the merchant defines the kit "GIFT-SET" with no lines
    Then the command is refused because the kit "GIFT-SET" has 0 lines, and a kit has 1 to 100
    And nothing is recorded

  Scenario: A kit of exactly 100 lines is recorded
    Given the kit components "PART-001" to "PART-100" exist
    When the merchant defines the kit "GIFT-SET" with one unit each of "PART-001" to "PART-100"
    Then the kit "GIFT-SET" is recorded as made of one unit each of "PART-001" to "PART-100"

  Scenario: A kit of 101 lines is refused
    Given the kit components "PART-001" to "PART-101" exist
    When the merchant defines the kit "GIFT-SET" with one unit each of "PART-001" to "PART-101"
    Then the command is refused because the kit "GIFT-SET" has 101 lines, and a kit has 1 to 100
    And nothing is recorded

  Scenario: A component listed on two lines is refused
    When the merchant defines the kit "GIFT-SET" as:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 1     |
      | MUG       | 1     |
    Then the command is refused because the kit "GIFT-SET" lists "MUG" more than once
    And nothing is recorded

  Scenario: A component listed once by its SKU and once by an alternate SKU is listed twice
    When the merchant defines the kit "GIFT-SET" as:
      | component     | units |
      | MUG           | 1     |
      | 4006381333931 | 1     |
    Then the command is refused because the kit "GIFT-SET" lists "MUG" more than once

  Scenario: A line of exactly 10,000 units is recorded
    When the merchant defines the kit "GIFT-SET" as:
      | component | units |
      | SAUCER    | 10000 |
    Then the kit "GIFT-SET" is recorded as made of:
      | component | units |
      | SAUCER    | 10000 |

  Scenario Outline: A line of <units> units is refused
    When the merchant defines the kit "GIFT-SET" as:
      | component | units   |
      | MUG       | 1       |
      | SAUCER    | <units> |
    Then the command is refused because the kit "GIFT-SET" can hold 1 to 10000 units of "SAUCER", not <units>
    And nothing is recorded

    Examples:
      | units |
      | 0     |
      | -2    |
      | 10001 |

  @R-2.4
  Scenario: A kit's lines can't be changed to none
    Given the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
    When the merchant changes the lines of the kit "GIFT-SET" to none
    Then the command is refused because the kit "GIFT-SET" has 0 lines, and a kit has 1 to 100
    And nothing is recorded
