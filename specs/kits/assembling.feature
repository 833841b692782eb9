@kits @R-2.5
Feature: Assembling kits
  Assembling builds kit units at one location from the components sitting there: the components' units
  are consumed and the kit's units appear in the same location, and the record says how many units of
  each component were used. Assembly names no lots or serial numbers, so the kit and its components
  are untracked products; the location must be open and every component must be there in full.

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

  Rule: Assembly consumes the components at the location and produces kit units there

    Scenario: Three kits are assembled from the components in one location
      When the merchant assembles 3 kits of "GIFT-SET" in "A-01" of "MAIN"
      Then 3 kits of "GIFT-SET" are recorded as assembled in "A-01" of "MAIN" from:
        | component | units |
        | MUG       | 3     |
        | SAUCER    | 6     |
      And "MUG" has 7 units on hand in "A-01" of "MAIN"
      And "SAUCER" has 14 units on hand in "A-01" of "MAIN"
      And "GIFT-SET" has 3 units on hand in "A-01" of "MAIN"

    Scenario: Exactly the components there make the last kits
      When the merchant assembles 10 kits of "GIFT-SET" in "A-01" of "MAIN"
      Then 10 kits of "GIFT-SET" are recorded as assembled in "A-01" of "MAIN" from:
        | component | units |
        | MUG       | 10    |
        | SAUCER    | 20    |
      And "MUG" has 0 units on hand in all
      And "SAUCER" has 0 units on hand in all
      And "GIFT-SET" has 10 units on hand in all

    Scenario: One kit more than the components make is refused, naming the short component
      When the merchant assembles 11 kits of "GIFT-SET" in "A-01" of "MAIN"
      Then the command is refused because only 10 units of "MUG" are in "A-01" of "MAIN"
      And nothing is recorded
      And "MUG" has 10 units on hand in "A-01" of "MAIN"

    Scenario: A component short on a later line is named
      Given 2 units of "SAUCER" were moved from "A-01" to "A-02" of "MAIN"
      When the merchant assembles 10 kits of "GIFT-SET" in "A-01" of "MAIN"
      Then the command is refused because only 18 units of "SAUCER" are in "A-01" of "MAIN"
      And nothing is recorded

    Scenario: Components in another location of the warehouse do not count
      When the merchant assembles 1 kit of "GIFT-SET" in "A-02" of "MAIN"
      Then the command is refused because only 0 units of "MUG" are in "A-02" of "MAIN"
      And nothing is recorded

    @R-2.3
    Scenario: A kit of kits consumes assembled units of the inner kit
      Given the product "HAMPER" exists
      And the kit "HAMPER" is made of:
        | component | units |
        | GIFT-SET  | 1     |
        | MUG       | 1     |
      And 2 kits of "GIFT-SET" were assembled in "A-01" of "MAIN"
      When the merchant assembles 2 kits of "HAMPER" in "A-01" of "MAIN"
      Then 2 kits of "HAMPER" are recorded as assembled in "A-01" of "MAIN" from:
        | component | units |
        | GIFT-SET  | 2     |
        | MUG       | 2     |
      And "GIFT-SET" has 0 units on hand in all
      And "MUG" has 6 units on hand in "A-01" of "MAIN"

    @R-4.3
    Scenario: A location full of kit units takes no more assembled ones
      Given 1000000000000 units of "GIFT-SET" are on hand in "A-02" of "MAIN"
      And 1 unit of "MUG" is on hand in "A-02" of "MAIN"
      And 2 units of "SAUCER" are on hand in "A-02" of "MAIN"
      When the merchant assembles 1 kit of "GIFT-SET" in "A-02" of "MAIN"
      Then the command is refused because "A-02" of "MAIN" can hold at most 1000000000000 units of "GIFT-SET"
      And nothing is recorded

  Rule: Only open locations, whole quantities and active kits take part in an assembly

    @R-3.5
    Scenario: Kits can't be assembled in a locked location
      Given the location "A-01" of "MAIN" is locked
      When the merchant assembles 1 kit of "GIFT-SET" in "A-01" of "MAIN"
      Then the command is refused because the location "A-01" of "MAIN" is locked
      And nothing is recorded

    @R-3.3
    Scenario: Kits can't be assembled in a location that does not exist
      When the merchant assembles 1 kit of "GIFT-SET" in "Z-99" of "MAIN"
      Then the command is refused because there is no location "Z-99" in "MAIN"

    @R-4.3
    Scenario Outline: Assembling <quantity> kits is refused
      When the merchant assembles <quantity> kits of "GIFT-SET" in "A-01" of "MAIN"
      Then the command is refused because a command moves between 1 and 1000000000000 units, not <quantity>
      And nothing is recorded

      Examples:
        | quantity |
        | 0        |
        | -1       |

    @R-1.3
    Scenario: A deactivated kit can't be assembled
      Given the product "GIFT-SET" has been deactivated
      When the merchant assembles 1 kit of "GIFT-SET" in "A-01" of "MAIN"
      Then the command is refused because the product "GIFT-SET" is inactive
      And nothing is recorded

    @R-2.3
    Scenario: A kit whose component was deactivated since can't be assembled
      Given the product "SPOON" exists
      And the product "CUTLERY" exists
      And the kit "CUTLERY" is made of:
        | component | units |
        | MUG       | 1     |
        | SPOON     | 1     |
      And the product "SPOON" has been deactivated
      When the merchant assembles 1 kit of "CUTLERY" in "A-01" of "MAIN"
      Then the command is refused because the kit "CUTLERY" lists "SPOON", which is inactive
      And nothing is recorded

  Rule: Kits and their components are untracked

    @lot
    Scenario: A kit with a lot-tracked component can't be assembled
      Given the product "HONEY" tracked by lot exists
      And the product "TEA-SET" exists
      And the kit "TEA-SET" is made of:
        | component | units |
        | MUG       | 1     |
        | HONEY     | 1     |
      When the merchant assembles 1 kit of "TEA-SET" in "A-01" of "MAIN"
      Then the command is refused because "HONEY" is tracked by lot and kits are built only from untracked products
      And nothing is recorded

    @serial
    Scenario: A serial-tracked kit can't be assembled
      Given the product "WATCH-BOX" tracked by serial exists
      And the kit "WATCH-BOX" is made of:
        | component | units |
        | MUG       | 1     |
      When the merchant assembles 1 kit of "WATCH-BOX" in "A-01" of "MAIN"
      Then the command is refused because "WATCH-BOX" is tracked by serial and kits are built only from untracked products
