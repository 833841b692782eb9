@kits @R-2.6
Feature: Taking kits apart
  A kit that no longer sells, or whose components are needed on their own, is taken apart where it
  sits: its units there become their components there, by the kit's current lines. Only kit units in
  that location can be taken apart, under the same conditions as an assembly.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And the product "MUG" exists
    And the product "SAUCER" exists
    And the product "GIFT-SET" exists
    And the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |
    And 10 units of "MUG" are on hand in "A-01" of "MAIN"
    And 20 units of "SAUCER" are on hand in "A-01" of "MAIN"
    And 4 kits of "GIFT-SET" were assembled in "A-01" of "MAIN"

  Scenario: A kit taken apart returns its components to the location
    When the merchant disassembles 1 kit of "GIFT-SET" in "A-01" of "MAIN"
    Then 1 kit of "GIFT-SET" is recorded as disassembled in "A-01" of "MAIN" into:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |
    And "GIFT-SET" has 3 units on hand in "A-01" of "MAIN"
    And "MUG" has 7 units on hand in "A-01" of "MAIN"
    And "SAUCER" has 14 units on hand in "A-01" of "MAIN"

  Scenario: Every kit unit in the location may be taken apart
    When the merchant disassembles 4 kits of "GIFT-SET" in "A-01" of "MAIN"
    Then 4 kits of "GIFT-SET" are recorded as disassembled in "A-01" of "MAIN" into:
      | component | units |
      | MUG       | 4     |
      | SAUCER    | 8     |
    And "GIFT-SET" has 0 units on hand in all
    And "MUG" has 10 units on hand in "A-01" of "MAIN"
    And "SAUCER" has 20 units on hand in "A-01" of "MAIN"

  Scenario: Taking apart one kit more than the location holds is refused
    When the merchant disassembles 5 kits of "GIFT-SET" in "A-01" of "MAIN"
    Then the command is refused because only 4 units of "GIFT-SET" are in "A-01" of "MAIN"
    And nothing is recorded
    And "GIFT-SET" has 4 units on hand in "A-01" of "MAIN"

  Scenario: Kit units in another location can't be taken apart here
    When the merchant disassembles 1 kit of "GIFT-SET" in "A-02" of "MAIN"
    Then the command is refused because only 0 units of "GIFT-SET" are in "A-02" of "MAIN"

  Scenario: Kit units received ready-made are taken apart by the kit's lines
    Given 2 units of "GIFT-SET" are on hand in "A-02" of "MAIN"
    When the merchant disassembles 2 kits of "GIFT-SET" in "A-02" of "MAIN"
    Then 2 kits of "GIFT-SET" are recorded as disassembled in "A-02" of "MAIN" into:
      | component | units |
      | MUG       | 2     |
      | SAUCER    | 4     |
    And "MUG" has 2 units on hand in "A-02" of "MAIN"
    And "SAUCER" has 4 units on hand in "A-02" of "MAIN"

  @R-3.5
  Scenario: Kits in a locked location can't be taken apart
    Given the location "A-01" of "MAIN" is locked
    When the merchant disassembles 1 kit of "GIFT-SET" in "A-01" of "MAIN"
    Then the command is refused because the location "A-01" of "MAIN" is locked
    And nothing is recorded

  @R-4.3
  Scenario: Taking apart no kits is refused
    When the merchant disassembles 0 kits of "GIFT-SET" in "A-01" of "MAIN"
    Then the command is refused because a command moves between 1 and 1000000000000 units, not 0
    And nothing is recorded

  @R-4.3
  Scenario: Components that would overfill the location keep the kit whole
    Given 1000000000000 units of "MUG" are on hand in "A-02" of "MAIN"
    And 1 unit of "GIFT-SET" is on hand in "A-02" of "MAIN"
    When the merchant disassembles 1 kit of "GIFT-SET" in "A-02" of "MAIN"
    Then the command is refused because "A-02" of "MAIN" can hold at most 1000000000000 units of "MUG"
    And nothing is recorded

  @lot
  Scenario: A kit with a lot-tracked component can't be taken apart
    Given the product "HONEY" tracked by lot exists
    And the product "TEA-SET" exists
    And the kit "TEA-SET" is made of:
      | component | units |
      | MUG       | 1     |
      | HONEY     | 1     |
    And 1 unit of "TEA-SET" is on hand in "A-02" of "MAIN"
    When the merchant disassembles 1 kit of "TEA-SET" in "A-02" of "MAIN"
    Then the command is refused because "HONEY" is tracked by lot and kits are built only from untracked products
    And nothing is recorded
