@hooked
Feature: Hooks and attachments

  Scenario: Hooks run around a scenario
    Given the counter starts at 1
    Then the hook log reads "before"

  @after-fails
  Scenario: A failing after hook fails the scenario
    Given the counter starts at 1

  Scenario: A step attaches a JSON record
    Given the step attaches a JSON record
