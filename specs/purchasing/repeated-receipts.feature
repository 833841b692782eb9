@purchasing @R-5.6
Feature: A delivery note is booked once
  Scanners resend, clerks press the button twice, and a delivery note may be booked again days later by
  mistake. A receipt carries the id of its delivery note (1 to 64 characters); an id already recorded on
  the order changes nothing, whatever its lines, even once the order is closed.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a receiving location "R-01" in "MAIN"
    And a supplier "Northwind" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And the purchase order "PO-1001" from "Northwind" for "MAIN" orders:
      | sku     | quantity | unit cost |
      | SKU-100 | 10       | 250       |
      | SKU-200 | 4        | 1000      |
    And receipt "DN-1" of the purchase order "PO-1001" brought 6 units of "SKU-100" into "R-01"

  Scenario: The same delivery note booked again changes nothing
    When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "R-01" of "MAIN"
    Then the command is accepted
    And nothing is recorded
    And "SKU-100" has 6 units on hand in "R-01" of "MAIN"
    And "SKU-100" has 4 units incoming to "MAIN"

  Scenario: A repeated delivery note changes nothing whatever lines it carries
    When receipt "DN-1" of the purchase order "PO-1001" brings 3 units of "SKU-200" into "R-01" of "MAIN"
    Then the command is accepted
    And nothing is recorded
    And "SKU-200" has 4 units incoming to "MAIN"

  Scenario: A delivery note id is recognised whatever its capitals
    When receipt "dn-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "R-01" of "MAIN"
    Then the command is accepted
    And nothing is recorded

  Scenario: A repeated delivery note on a closed order changes nothing
    Given the purchase order "PO-1001" was closed
    When receipt "DN-1" of the purchase order "PO-1001" brings 6 units of "SKU-100" into "R-01" of "MAIN"
    Then the command is accepted
    And nothing is recorded

  Scenario: A repeated delivery note would have been over the tolerance and still changes nothing
    When receipt "DN-1" of the purchase order "PO-1001" brings 50 units of "SKU-100" into "R-01" of "MAIN"
    Then the command is accepted
    And nothing is recorded

  Scenario: Another delivery note of the same order is booked
    When receipt "DN-2" of the purchase order "PO-1001" brings 4 units of "SKU-100" into "R-01" of "MAIN"
    Then receipt "DN-2" of the purchase order "PO-1001" is recorded into "R-01" of "MAIN":
      | sku     | quantity | unit cost | average cost |
      | SKU-100 | 4        | 250       | 250          |
    And "SKU-100" has 10 units on hand in "R-01" of "MAIN"

  Scenario: A delivery note id of 64 characters is accepted
    When a receipt with an id of 64 characters brings 2 units of "SKU-200" on the purchase order "PO-1001" into "R-01" of "MAIN"
    Then the command is accepted
    And "SKU-200" has 2 units on hand in "R-01" of "MAIN"

  Scenario Outline: A delivery note id of <length> characters is refused
    When a receipt with an id of <length> characters brings 2 units of "SKU-200" on the purchase order "PO-1001" into "R-01" of "MAIN"
    Then the receipt is refused because a receipt id is 1 to 64 characters, not <length>
    And nothing is recorded

    Examples:
      | length |
      | 0      |
      | 65     |
