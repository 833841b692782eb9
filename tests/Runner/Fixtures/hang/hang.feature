Feature: Hanging

  Scenario: A step that never returns in time
    Given a step that hangs

  Scenario: A healthy scenario after the hang
    Given the counter starts at 1
    Then the counter reads 1
