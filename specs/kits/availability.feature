@kits @R-2.7
Feature: How many kits can be sold
  Channels sell kits that are already assembled and kits that could still be built from the components
  on the shelves. So a kit's availability is its own available units plus the fewest kits any of its
  lines allows: for each line, the component's available units divided by the units one kit needs,
  rounded down. A component that is itself a kit counts with its own kit availability. Components in
  locations that are not sellable do not count.

  Background:
    Given the warehouse "MAIN" exists
    And a pick location "A-01" in "MAIN"
    And a pick location "A-02" in "MAIN"
    And a receiving location "DOCK" in "MAIN"
    And a reason "Received" exists
    And a reason "Damaged" exists
    And the product "MUG" exists
    And the product "SAUCER" exists
    And the product "GIFT-SET" exists
    And the kit "GIFT-SET" is made of:
      | component | units |
      | MUG       | 1     |
      | SAUCER    | 2     |

  Rule: The fewest kits any line allows can still be built

    Scenario Outline: <mugs> mugs and <saucers> saucers make <kits> gift sets
      Given <mugs> units of "MUG" are on hand in "A-01" of "MAIN"
      When the merchant adds <saucers> units of "SAUCER" to "A-01" of "MAIN" because "Received"
      Then <kits> units of the kit "GIFT-SET" can be sold

      Examples:
        | mugs | saucers | kits |
        | 5    | 10      | 5    |
        | 5    | 4       | 2    |
        | 5    | 11      | 5    |
        | 3    | 40      | 3    |
        | 5    | 1       | 0    |

    Scenario: A kit with a component out of stock can't be sold
      Given 8 units of "SAUCER" are on hand in "A-01" of "MAIN"
      When the merchant adds 4 units of "SAUCER" to "A-01" of "MAIN" because "Received"
      Then 0 units of the kit "GIFT-SET" can be sold

    Scenario: Removing the unit that completed the last kit leaves none to sell
      Given 2 units of "MUG" are on hand in "A-01" of "MAIN"
      And 2 units of "SAUCER" are on hand in "A-01" of "MAIN"
      When the merchant removes 1 unit of "SAUCER" from "A-01" of "MAIN" because "Damaged"
      Then 0 units of the kit "GIFT-SET" can be sold

    Scenario: Components spread over locations all count towards availability
      Given 1 unit of "MUG" is on hand in "A-01" of "MAIN"
      And 4 units of "SAUCER" are on hand in "A-02" of "MAIN"
      When the merchant adds 1 unit of "MUG" to "A-02" of "MAIN" because "Received"
      Then 2 units of the kit "GIFT-SET" can be sold

    @R-2.5
    Scenario: Components spread over locations can't be assembled together
      Given 1 unit of "MUG" is on hand in "A-01" of "MAIN"
      And 1 unit of "MUG" is on hand in "A-02" of "MAIN"
      And 4 units of "SAUCER" are on hand in "A-01" of "MAIN"
      When the merchant assembles 2 kits of "GIFT-SET" in "A-01" of "MAIN"
      Then the command is refused because only 1 unit of "MUG" is in "A-01" of "MAIN"
      And 2 units of the kit "GIFT-SET" can be sold

  Rule: Only sellable component stock counts

    @R-3.4
    Scenario: Components on the receiving dock make no kits
      Given 4 units of "MUG" are on hand in "DOCK" of "MAIN"
      And 10 units of "SAUCER" are on hand in "A-01" of "MAIN"
      When the merchant adds 1 unit of "MUG" to "A-01" of "MAIN" because "Received"
      Then 1 unit of the kit "GIFT-SET" can be sold

    @R-3.4
    Scenario: Moving components to the receiving dock takes kits off sale
      Given 4 units of "MUG" are on hand in "A-01" of "MAIN"
      And 8 units of "SAUCER" are on hand in "A-01" of "MAIN"
      When the merchant moves 2 units of "MUG" from "A-01" to "DOCK" of "MAIN"
      Then 2 units of the kit "GIFT-SET" can be sold

  Rule: Assembled kit units add to what the components can still build

    @R-2.5
    Scenario: Assembling kits moves availability into kit units without changing it
      Given 10 units of "MUG" are on hand in "A-01" of "MAIN"
      And 20 units of "SAUCER" are on hand in "A-01" of "MAIN"
      When the merchant assembles 3 kits of "GIFT-SET" in "A-01" of "MAIN"
      Then 10 units of the kit "GIFT-SET" can be sold, 3 of them already assembled

    Scenario: Kit units received ready-made are available without components
      Given 3 units of "GIFT-SET" are on hand in "A-01" of "MAIN"
      When the merchant adds 1 unit of "MUG" to "A-01" of "MAIN" because "Received"
      Then 3 units of the kit "GIFT-SET" can be sold, 3 of them already assembled

    @R-2.6
    Scenario: Taking kits apart keeps availability the same
      Given 10 units of "MUG" are on hand in "A-01" of "MAIN"
      And 20 units of "SAUCER" are on hand in "A-01" of "MAIN"
      And 4 kits of "GIFT-SET" were assembled in "A-01" of "MAIN"
      When the merchant disassembles 4 kits of "GIFT-SET" in "A-01" of "MAIN"
      Then 10 units of the kit "GIFT-SET" can be sold, 0 of them already assembled

  Rule: A kit inside a kit counts with its own availability

    Scenario: A hamper of gift sets counts the gift sets its components could build
      Given the product "HAMPER" exists
      And the kit "HAMPER" is made of:
        | component | units |
        | GIFT-SET  | 2     |
        | MUG       | 1     |
      And 10 units of "MUG" are on hand in "A-01" of "MAIN"
      And 8 units of "SAUCER" are on hand in "A-01" of "MAIN"
      When the merchant adds 4 units of "SAUCER" to "A-01" of "MAIN" because "Received"
      Then 6 units of the kit "GIFT-SET" can be sold
      And 3 units of the kit "HAMPER" can be sold

    @R-2.4
    Scenario: New lines change how many kits can be sold
      Given 4 units of "MUG" are on hand in "A-01" of "MAIN"
      And 4 units of "SAUCER" are on hand in "A-01" of "MAIN"
      When the merchant changes the lines of the kit "GIFT-SET" to:
        | component | units |
        | MUG       | 1     |
        | SAUCER    | 1     |
      Then the kit "GIFT-SET" is recorded as now made of:
        | component | units |
        | MUG       | 1     |
        | SAUCER    | 1     |
      And 4 units of the kit "GIFT-SET" can be sold
