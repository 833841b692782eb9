@fixture
Feature: Passing basics
  Counting things, to exercise every Gherkin construct the runner maps.

  Background:
    Given the counter starts at 1

  Scenario: Adding once
    When the counter is increased by 2
    Then the counter reads 3

  @outline
  Scenario Outline: Adding <amount>
    When the counter is increased by <amount>
    Then the counter reads <total>

    Examples: small
      | amount | total |
      | 1      | 2     |
      | 2      | 3     |

    @large
    Examples: large
      | amount | total |
      | 10     | 11    |

  Rule: Tables and doc strings are step arguments

    Scenario: Summing a table
      Given these numbers:
        | value |
        | 4     |
        | 5     |
      Then their sum is 9

    Scenario: Reading a doc string
      Given this text:
        """
        hello
        world
        """
      Then the text has 2 lines
