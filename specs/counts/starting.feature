@counts @R-11.1
Feature: Starting a cycle count
  A cycle count checks a few locations of one warehouse at a time instead of closing the building for a
  full stocktake. When it starts, the system writes down what it believes each location holds (the
  snapshot), SKU by SKU and lot by lot, so that the counters' figures can be compared with it. A location
  is in at most one open count, and every adjustment the count will make cites a reason the business
  recognises.

  Background:
    Given a warehouse "MAIN" with pick locations "A-01" and "A-02"
    And a pick location "B-01" in "MAIN"
    And a reason "Received" exists
    And a reason "Cycle count" exists
    And the product "SKU-100" exists
    And the product "SKU-200" exists
    And 10 units of "SKU-100" are on hand in "A-01" of "MAIN"
    And 4 units of "SKU-200" are on hand in "A-01" of "MAIN"
    And 6 units of "SKU-100" are on hand in "A-02" of "MAIN"

  Rule: A count snapshots every SKU and lot on hand in its locations

    Scenario: A count of two locations snapshots every SKU on hand there
      When the merchant starts a cycle count of "A-01 and A-02" in "MAIN" because "Cycle count"
      Then a cycle count of "A-01 and A-02" in "MAIN" is recorded as started because "Cycle count" with this snapshot:
        | sku     | location | units |
        | SKU-100 | A-01     | 10    |
        | SKU-100 | A-02     | 6     |
        | SKU-200 | A-01     | 4     |

    @lot
    Scenario: Each lot of a lot-tracked product is a snapshot line of its own
      Given the product "SKU-300" tracked by lot exists
      And the lot "L-2" of "SKU-300" is registered without an expiry
      And the lot "L-1" of "SKU-300" is registered without an expiry
      And the lot "L-2" of "SKU-300" has 5 units on hand in "B-01" of "MAIN"
      And the lot "L-1" of "SKU-300" has 3 units on hand in "B-01" of "MAIN"
      When the merchant starts a cycle count of "B-01" in "MAIN" because "Cycle count"
      Then a cycle count of "B-01" in "MAIN" is recorded as started because "Cycle count" with this snapshot:
        | sku     | location | lot | units |
        | SKU-300 | B-01     | L-1 | 3     |
        | SKU-300 | B-01     | L-2 | 5     |

    Scenario: An empty location is counted with an empty snapshot
      When the merchant starts a cycle count of "B-01" in "MAIN" because "Cycle count"
      Then a cycle count of "B-01" in "MAIN" is recorded as started because "Cycle count" with nothing on hand

    Scenario: Units removed before the start are not in the snapshot
      Given the merchant removed 10 units of "SKU-100" from "A-01" of "MAIN" because "Received"
      When the merchant starts a cycle count of "A-01" in "MAIN" because "Cycle count"
      Then a cycle count of "A-01" in "MAIN" is recorded as started because "Cycle count" with this snapshot:
        | sku     | location | units |
        | SKU-200 | A-01     | 4     |

    Scenario: The count cites its reason as the reason was first written
      When the merchant starts a cycle count of "B-01" in "MAIN" because "CYCLE COUNT"
      Then a cycle count of "B-01" in "MAIN" is recorded as started because "Cycle count" with nothing on hand

  Rule: A count covers 1 to 100 distinct locations

    Scenario Outline: A count of <number> location(s) may start
      Given the warehouse "BIG" has 100 pick locations to count
      When the merchant starts a cycle count of <number> locations in "BIG" because "Cycle count"
      Then a cycle count of <number> locations in "BIG" is recorded as started because "Cycle count" with nothing on hand

      Examples:
        | number |
        | 1      |
        | 100    |

    Scenario Outline: A count of <number> locations is refused
      Given the warehouse "BIG" has 101 pick locations to count
      When the merchant starts a cycle count of <number> locations in "BIG" because "Cycle count"
      Then the command is refused because a cycle count in "BIG" must name 1 to 100 distinct locations, not <number>
      And nothing is recorded

      Examples:
        | number |
        | 0      |
        | 101    |

    Scenario: A location named twice is refused
      When the merchant starts a cycle count of "A-01, A-02 and a-01" in "MAIN" because "Cycle count"
      Then the command is refused because a cycle count in "MAIN" must name 1 to 100 distinct locations, not 3
      And nothing is recorded

  Rule: A location is in at most one open count

    Scenario: A location already being counted is refused
      Given the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      When the merchant starts a cycle count of "A-01 and A-02" in "MAIN" because "Cycle count"
      Then the command is refused because "A-02" of "MAIN" is already being counted by the cycle count "C-1"
      And nothing is recorded

    Scenario: A location may be counted again once its count was cancelled
      Given the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      And the cycle count "C-1" was cancelled
      When the merchant starts a cycle count of "A-02" in "MAIN" because "Cycle count"
      Then a cycle count of "A-02" in "MAIN" is recorded as started because "Cycle count" with this snapshot:
        | sku     | location | units |
        | SKU-100 | A-02     | 6     |

    Scenario: A location may be counted again once its count was approved
      Given the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      And in the cycle count "C-1" 5 units of "SKU-100" were counted in "A-02"
      And the cycle count "C-1" was approved
      When the merchant starts a cycle count of "A-02" in "MAIN" because "Cycle count"
      Then a cycle count of "A-02" in "MAIN" is recorded as started because "Cycle count" with this snapshot:
        | sku     | location | units |
        | SKU-100 | A-02     | 5     |

    Scenario: Another location of the warehouse may be counted meanwhile
      Given the cycle count "C-1" of "A-02" in "MAIN" was started because "Cycle count"
      When the merchant starts a cycle count of "A-01" in "MAIN" because "Cycle count"
      Then a cycle count of "A-01" in "MAIN" is recorded as started because "Cycle count" with this snapshot:
        | sku     | location | units |
        | SKU-100 | A-01     | 10    |
        | SKU-200 | A-01     | 4     |

  Rule: A count names an existing warehouse, existing locations and an active reason

    Scenario: A count in a warehouse that does not exist is refused
      When the merchant starts a cycle count of "A-01" in "EAST" because "Cycle count"
      Then the command is refused because there is no warehouse "EAST"
      And nothing is recorded

    Scenario: A count of a location that does not exist is refused
      When the merchant starts a cycle count of "A-01 and Z-99" in "MAIN" because "Cycle count"
      Then the command is refused because there is no location "Z-99" in "MAIN"
      And nothing is recorded

    Scenario: A count for a reason that does not exist is refused
      When the merchant starts a cycle count of "A-01" in "MAIN" because "Stocktake"
      Then the command is refused because there is no reason named "Stocktake"
      And nothing is recorded

    Scenario: A count for a deactivated reason is refused
      Given the reason "Cycle count" was deactivated
      When the merchant starts a cycle count of "A-01" in "MAIN" because "Cycle count"
      Then the command is refused because the reason "Cycle count" is no longer active
      And nothing is recorded
