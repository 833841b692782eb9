Feature: Asynchronous bindings
  Step definitions may return a Task or a ValueTask, transformations a Task of their value; values a step puts
  in an AsyncLocal reach the steps after it.

  Scenario: Asynchronous steps complete before the next one starts
    Given the counter is set to 3 after a pause
    When the counter is increased by 2 without blocking
    Then the counter reads 5

  Scenario: An asynchronous transformation converts an argument
    Given the counter is set to the spelled number seven
    Then the counter reads 7

  Scenario: A value one step puts in the flow reaches the next step
    Given the flow carries "blue"
    Then the flow still carries "blue"

  Scenario: An asynchronous step that fails reports its error
    Given the counter is set to 3 after a pause
    When an asynchronous step fails after a pause
    Then the counter reads 3
