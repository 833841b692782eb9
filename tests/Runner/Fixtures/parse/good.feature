Feature: Still runs next to a broken file

  Scenario: Healthy
    Given the counter starts at 1
    Then the counter reads 1
