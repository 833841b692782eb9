Feature: Broken

  Scenario: Lines that are not Gherkin
    Given the counter starts at 1
  this line is not a step, a table or a comment
