@kits @R-2.3
Feature: What a kit may be made of
  A kit is made of products that exist and are still sold. A kit may contain other kits (a hamper made
  of gift sets), but never itself, directly or through the kits inside it: such a kit could never be
  built, and its availability could never be computed. A refusal shows the path that leads back.

  Background:
    Given the product "MUG" exists
    And the product "SAUCER" exists
    And the product "GIFT-SET" exists
    And the product "HAMPER" exists
    And the product "BUNDLE" exists

  Scenario: A kit may contain another kit
    Given the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |
    When the merchant defines the kit "HAMPER" as:
      | component | units |
      | GIFT-SET  | 2     |
      | MUG       | 1     |
    Then the kit "HAMPER" is recorded as made of:
      | component | units |
      | GIFT-SET  | 2     |
      | MUG       | 1     |

  Scenario: A component that is not a product is refused
    When the merchant defines the kit "GIFT-SET" as:
      | component | units |
      | MUG       | 1     |
      | BOWL      | 1     |
    Then the command is refused because the kit "GIFT-SET" lists "BOWL", which is not a product
    And nothing is recorded

  Scenario: A deactivated component is refused
    Given the product "SAUCER" has been deactivated
    When the merchant defines the kit "GIFT-SET" as:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |
    Then the command is refused because the kit "GIFT-SET" lists "SAUCER", which is inactive
    And nothing is recorded

  Scenario: A kit can't contain itself
    When the merchant defines the kit "GIFT-SET" as:
      | component | units |
      | MUG       | 1     |
      | GIFT-SET  | 1     |
    Then the command is refused because the kit "GIFT-SET" would contain itself: "GIFT-SET > GIFT-SET"
    And nothing is recorded

  Scenario: A kit can't contain a kit that contains it
    Given the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
    And the kit "HAMPER" is made of:
      | component | units |
      | GIFT-SET  | 1     |
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | HAMPER    | 1     |
    Then the command is refused because the kit "GIFT-SET" would contain itself: "GIFT-SET > HAMPER > GIFT-SET"
    And nothing is recorded

  Scenario: A kit can't contain itself three kits down
    Given the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
    And the kit "HAMPER" is made of:
      | component | units |
      | GIFT-SET  | 1     |
    And the kit "BUNDLE" is made of:
      | component | units |
      | HAMPER    | 1     |
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | MUG       | 1     |
      | BUNDLE    | 1     |
    Then the command is refused because the kit "GIFT-SET" would contain itself: "GIFT-SET > BUNDLE > HAMPER > GIFT-SET"

  Scenario: A component reached along two paths is no cycle
    Given the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
    And the kit "HAMPER" is made of:
      | component | units |
      | GIFT-SET  | 1     |
      | MUG       | 1     |
    When the merchant defines the kit "BUNDLE" as:
      | component | units |
      | HAMPER    | 1     |
      | GIFT-SET  | 1     |
      | MUG       | 3     |
    Then the kit "BUNDLE" is recorded as made of:
      | component | units |
      | HAMPER    | 1     |
      | GIFT-SET  | 1     |
      | MUG       | 3     |

  Scenario: A kit's new lines can't name a deactivated component
    Given the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
    And the product "SAUCER" has been deactivated
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 1     |
    Then the command is refused because the kit "GIFT-SET" lists "SAUCER", which is inactive
