Feature: Step statuses

  Scenario: A failing step
    Given the counter starts at 1
    Then the counter reads 5
    And the counter reads 1

  Scenario: An undefined step
    Given the counter starts at 1
    When nobody defined "this" step with 3 words
    Then the counter reads 1

  Scenario: A pending step
    Given a step that is still pending

  Scenario: An ambiguous step
    Given a step with two matching definitions
