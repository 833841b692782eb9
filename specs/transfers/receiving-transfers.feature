@transfers
Feature: Receiving a transfer
  The receiving warehouse takes in what arrived, in as many parts as needed and into any of its open
  locations. It never takes in more than was shipped and not yet received. The receipt of the last
  unit in transit closes the transfer; a closed transfer receives nothing more.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a warehouse "EAST" with pick locations "B-01" and "B-02"
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And a transfer "T-1" from "MAIN" to "EAST" plans 10 units of "SKU-100"
    And the transfer "T-1" shipped 6 units of "SKU-100" from "A-01"

  @R-10.4
  Rule: Receipts never exceed what is in transit

    Scenario: Part of a transfer is received and the rest stays in transit
      When the transfer "T-1" receives 4 units of "SKU-100" into "B-01"
      Then the transfer "T-1" is recorded as received:
        | sku     | location | quantity |
        | SKU-100 | B-01     | 4        |
      And "SKU-100" has 4 units on hand in "B-01" of "EAST"
      And the stock of "SKU-100" shows:
        | on hand | in transit |
        | 8       | 2          |
      And the transfer "T-1" is listed as shipped

    Scenario: One receipt may fill two locations
      When the transfer "T-1" receives:
        | sku     | location | quantity |
        | SKU-100 | B-01     | 2        |
        | SKU-100 | B-02     | 1        |
      Then the transfer "T-1" is recorded as received:
        | sku     | location | quantity |
        | SKU-100 | B-01     | 2        |
        | SKU-100 | B-02     | 1        |

    Scenario: One unit more than was shipped is refused
      When the transfer "T-1" receives 7 units of "SKU-100" into "B-01"
      Then the receipt is refused because only 6 units of "SKU-100" are in transit on transfer "T-1"
      And nothing is recorded

    Scenario: What was received already bounds the rest
      Given the transfer "T-1" received 4 units of "SKU-100" into "B-01"
      When the transfer "T-1" receives 3 units of "SKU-100" into "B-02"
      Then the receipt is refused because only 2 units of "SKU-100" are in transit on transfer "T-1"

    Scenario: Items of one SKU in one receipt add up against what is in transit
      When the transfer "T-1" receives:
        | sku     | location | quantity |
        | SKU-100 | B-01     | 4        |
        | SKU-100 | B-02     | 3        |
      Then the receipt is refused because only 2 units of "SKU-100" are in transit on transfer "T-1"

    Scenario: A SKU the transfer did not ship is not received
      When the transfer "T-1" receives 1 unit of "SKU-200" into "B-01"
      Then the receipt is refused because only 0 units of "SKU-200" are in transit on transfer "T-1"

    Scenario: A transfer that has not shipped receives nothing
      Given a transfer "T-2" from "MAIN" to "EAST" plans 3 units of "SKU-100"
      When the transfer "T-2" receives 1 unit of "SKU-100" into "B-01"
      Then the receipt is refused because the transfer "T-2" has not shipped yet
      And nothing is recorded

    Scenario: Units are received only into the receiving warehouse
      When the transfer "T-1" receives 1 unit of "SKU-100" into "A-02"
      Then the command is refused because there is no location "A-02" in "EAST"

    Scenario: Nothing is received into a locked location
      Given the location "B-01" of "EAST" is locked
      When the transfer "T-1" receives 1 unit of "SKU-100" into "B-01"
      Then the command is refused because the location "B-01" of "EAST" is locked
      And nothing is recorded

    Scenario: A receipt with no items is refused
      When the transfer "T-1" receives:
        | sku | location | quantity |
      Then the command is refused because a transfer's plan, shipment or receipt needs 1 to 500 lines, not 0

  @R-10.6
  Rule: The last unit received closes the transfer

    Scenario: Receiving every shipped unit at once closes the transfer
      When the transfer "T-1" receives 6 units of "SKU-100" into "B-01"
      Then the transfer "T-1" is recorded as received and closed:
        | sku     | location | quantity |
        | SKU-100 | B-01     | 6        |
      And the transfer "T-1" is listed as closed
      And the stock of "SKU-100" shows:
        | on hand | in transit | available |
        | 10      | 0          | 10        |

    Scenario: The receipt of the last unit closes the transfer
      Given the transfer "T-1" received 5 units of "SKU-100" into "B-01"
      When the transfer "T-1" receives 1 unit of "SKU-100" into "B-02"
      Then the transfer "T-1" is recorded as received and closed:
        | sku     | location | quantity |
        | SKU-100 | B-02     | 1        |

    Scenario: Units planned but never shipped do not keep the transfer open
      When the transfer "T-1" receives 6 units of "SKU-100" into "B-02"
      Then the transfer "T-1" is recorded as received and closed:
        | sku     | location | quantity |
        | SKU-100 | B-02     | 6        |
      And the transfer "T-1" lists 10 units of "SKU-100" planned, 6 shipped and 6 received

    Scenario: A closed transfer receives nothing more
      Given the transfer "T-1" received 6 units of "SKU-100" into "B-01"
      And the transfer "T-1" was closed
      When the transfer "T-1" receives 1 unit of "SKU-100" into "B-01"
      Then the receipt is refused because the transfer "T-1" is closed
      And nothing is recorded

    Scenario: A transfer stays open while another SKU is in transit
      Given 5 units of "SKU-200" are on hand in "A-02" of "MAIN"
      And a transfer "T-2" from "MAIN" to "EAST" plans:
        | sku     | quantity |
        | SKU-100 | 2        |
        | SKU-200 | 5        |
      And the transfer "T-2" shipped:
        | sku     | location | quantity |
        | SKU-100 | A-01     | 2        |
        | SKU-200 | A-02     | 5        |
      When the transfer "T-2" receives 2 units of "SKU-100" into "B-01"
      Then the transfer "T-2" is recorded as received:
        | sku     | location | quantity |
        | SKU-100 | B-01     | 2        |
      And the transfer "T-2" is listed as shipped
