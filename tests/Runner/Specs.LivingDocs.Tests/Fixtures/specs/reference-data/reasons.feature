@reference-data
Feature: Reasons for stock changes
  Every change of stock names its reason, so reports can say why stock moved.

  @R-14.1
  Scenario: An expired reason is recorded with its description
    When the merchant creates the reason "Expired"
    Then these events are recorded:
      | event         | stream         | name    | description |
      | ReasonCreated | reason/expired | Expired |             |

  @R-14.1 @slow
  Scenario: Reasons already known stay listed by name
    Given these reasons exist:
      | name  | description             |
      | Theft | Stock that went missing |
    When the merchant creates the reason "Damaged"
    Then the reason "Damaged" is recorded
