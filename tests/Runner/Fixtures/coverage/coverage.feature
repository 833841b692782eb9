Feature: Scenarios whose assertions the coverage report credits
  The fixture steps talk to the ScenarioHost; the coverage tests read what each scenario asserted.

  @R-14.1
  Scenario: A new coverage reason is asserted
    When the coverage merchant creates the reason "Damaged"
    Then the coverage reason "Damaged" is recorded

  @R-14.1
  Scenario: A taken coverage name is asserted as refused
    Given the coverage reason "Damaged" exists
    When the coverage merchant creates the reason "damaged"
    Then the coverage command is refused with "NameAlreadyUsed"
    And the coverage records nothing

  @unasserted @R-99.1
  Scenario: A coverage reason whose event no step asserts
    When the coverage merchant creates the reason "Lost"
    Then the coverage command is accepted
