@reference-data @R-14.1
Feature: Reference data is listed by name and recorded at the time it happened
  The reference-data view lists each kind in name order, without regard to capitals, so that a
  picker shows the same order on every screen. Every event carries the time it was recorded.

  Scenario: Reasons are listed in name order whatever order they were created in
    Given these reasons exist:
      | name     | description               |
      | Theft    | Stock that went missing   |
      | damaged  |                           |
    When the merchant creates the reason "Expired"
    Then the reasons are listed as:
      | name    | active |
      | damaged | yes    |
      | Expired | yes    |
      | Theft   | yes    |

  @time
  Scenario: A new entry is recorded at the time the clock reads
    Given the clock reads 2026-03-01 09:00
    When the merchant creates the channel "Shopify"
    Then the channel "Shopify" is recorded
    And the new events are recorded at 2026-03-01 09:00

  @time
  Scenario: Time passing changes no reference data
    Given the clock reads 2026-03-01 09:00
    And a supplier "Northwind" exists
    When the clock advances to 2026-03-02 09:00
    Then nothing is recorded
    And the supplier "Northwind" is active
