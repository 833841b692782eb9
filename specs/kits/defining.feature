@kits @R-2.1
Feature: Defining a kit
  A kit (a gift set, a bundle, a starter pack) is sold as one product but made of other products'
  units. It is a product of the catalog first, so it can be stocked, moved and counted like any
  other; defining it says which components make one unit. A product is defined as a kit once, and
  only while it is active; every kit command names a product that is a kit.

  Background:
    Given the product "MUG" exists
    And the product "SAUCER" exists
    And the product "GIFT-SET" exists

  Scenario: A kit is defined on an existing product
    When the merchant defines the kit "GIFT-SET" as:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |
    Then the kit "GIFT-SET" is recorded as made of:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |
    And the kit "GIFT-SET" is listed as made of:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |
    And the catalog shows "GIFT-SET" as a kit

  Scenario: A kit and its components may be named by alternate SKUs and other capitals
    Given the product "GIFT-SET" is also known as "GS-1"
    When the merchant defines the kit "gs-1" as:
      | component | units |
      | mug       | 1     |
      | Saucer    | 2     |
    Then the kit "GIFT-SET" is recorded as made of:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |

  Scenario: A product is defined as a kit only once
    Given the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
    When the merchant defines the kit "GIFT-SET" as:
      | component | units |
      | SAUCER    | 1     |
    Then the kit definition is refused because "GIFT-SET" is already a kit
    And nothing is recorded

  Scenario: A kit written in other capitals is the same kit and can't be defined again
    Given the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
    When the merchant defines the kit "gift-set" as:
      | component | units |
      | MUG       | 1     |
    Then the kit definition is refused because "GIFT-SET" is already a kit

  @R-1.3
  Scenario: A kit can't be defined on a product that does not exist
    When the merchant defines the kit "HAMPER" as:
      | component | units |
      | MUG       | 1     |
    Then the command is refused because there is no product "HAMPER"
    And nothing is recorded

  @R-1.3
  Scenario: A kit can't be defined on a deactivated product
    Given the product "GIFT-SET" has been deactivated
    When the merchant defines the kit "GIFT-SET" as:
      | component | units |
      | MUG       | 1     |
    Then the command is refused because the product "GIFT-SET" is inactive
    And nothing is recorded

  @R-2.4
  Scenario: The lines of a product that is not a kit can't be changed
    When the merchant changes the lines of the kit "MUG" to:
      | component | units |
      | SAUCER    | 1     |
    Then the command is refused because the product "MUG" is not a kit
    And nothing is recorded

  @R-2.5
  Scenario: A product that is not a kit can't be assembled
    Given a warehouse "MAIN" with a pick location "A-01"
    When the merchant assembles 1 kit of "MUG" in "A-01" of "MAIN"
    Then the command is refused because the product "MUG" is not a kit
    And nothing is recorded
