@kits @R-2.4
Feature: Changing a kit's lines
  A kit's recipe changes (a saucer replaced by a spoon): the new lines replace the old ones. Units
  already assembled were built to the old lines and taking them apart by the new ones would conjure or
  lose components, so the lines change only while no assembled unit is in stock. Sending the lines the
  kit already has, in any order, records nothing.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a reason "Received" exists
    And the product "MUG" exists
    And the product "SAUCER" exists
    And the product "SPOON" exists
    And the product "GIFT-SET" exists
    And the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 1     |

  Scenario: New lines replace the old ones
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | MUG       | 1     |
      | SPOON     | 2     |
    Then the kit "GIFT-SET" is recorded as now made of:
      | component | units |
      | MUG       | 1     |
      | SPOON     | 2     |
    And the kit "GIFT-SET" is listed as made of:
      | component | units |
      | MUG       | 1     |
      | SPOON     | 2     |

  Scenario: The same lines in another order record nothing
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | SAUCER    | 1     |
      | MUG       | 1     |
    Then the command is accepted
    And nothing is recorded

  Scenario: A change of units on a line is a change of lines
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |
    Then the kit "GIFT-SET" is recorded as now made of:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |

  Scenario: The lines can't change while one assembled unit is in stock
    Given 1 unit of "MUG" is on hand in "A-01" of "MAIN"
    And 1 unit of "SAUCER" is on hand in "A-01" of "MAIN"
    And 1 kit of "GIFT-SET" was assembled in "A-01" of "MAIN"
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | MUG       | 1     |
      | SPOON     | 1     |
    Then the command is refused because the kit "GIFT-SET" still has 1 assembled unit in stock
    And nothing is recorded

  Scenario: Kit units received ready-made also keep the lines fixed
    Given 3 units of "GIFT-SET" are on hand in "A-02" of "MAIN"
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | SPOON     | 1     |
    Then the command is refused because the kit "GIFT-SET" still has 3 assembled units in stock

  Scenario: Once the last assembled unit is taken apart the lines may change
    Given 2 units of "MUG" are on hand in "A-01" of "MAIN"
    And 2 units of "SAUCER" are on hand in "A-01" of "MAIN"
    And 2 kits of "GIFT-SET" were assembled in "A-01" of "MAIN"
    And 2 kits of "GIFT-SET" were disassembled in "A-01" of "MAIN"
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | MUG       | 1     |
      | SPOON     | 1     |
    Then the kit "GIFT-SET" is recorded as now made of:
      | component | units |
      | MUG       | 1     |
      | SPOON     | 1     |

  Scenario: Sending the same lines while units are in stock records nothing
    Given 3 units of "GIFT-SET" are on hand in "A-02" of "MAIN"
    When the merchant changes the lines of the kit "GIFT-SET" to:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 1     |
    Then the command is accepted
    And nothing is recorded

  @R-1.3
  Scenario: The lines of a product that does not exist can't be changed
    When the merchant changes the lines of the kit "HAMPER" to:
      | component | units |
      | MUG       | 1     |
    Then the command is refused because there is no product "HAMPER"
    And nothing is recorded
