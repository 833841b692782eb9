Feature: Scenarios executed by the scenario host
  The fixture steps talk to the ScenarioHost the lmdb target injects.

  Scenario: A new fixture reason is recorded
    When the fixture merchant creates the reason "Damaged"
    Then the fixture reason "Damaged" is recorded

  Scenario: A taken fixture name is refused
    Given the fixture reason "Damaged" exists
    When the fixture merchant creates the reason "damaged"
    Then the fixture command is refused as a name already used
    And the fixture records nothing

  @failing
  Scenario: A fixture expectation that does not hold
    When the fixture merchant creates the reason "Lost"
    Then the fixture records nothing
