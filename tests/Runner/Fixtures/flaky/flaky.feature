Feature: Flaky

  Scenario: Passes on its second attempt
    Given a step that fails on its first attempt
