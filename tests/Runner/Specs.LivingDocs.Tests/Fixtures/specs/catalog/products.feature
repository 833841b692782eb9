@catalog
Feature: Products in the catalog
  The **catalog** lists every product the merchant sells. A product is known by its *SKU*:

  | code | meaning                |
  |------|------------------------|
  | SKU  | the product's own code |

  Deactivated products stay on record. ![a picture that must not load](https://example.invalid/picture.png)

  @R-1.1
  Scenario: A new product is recorded
    When the merchant creates the product "SKU-1" named "Tea"
    Then the product "SKU-1" named "Tea" is recorded

  @R-1.1
  Scenario: A code already used is refused
    Given the product "SKU-1" exists
    When the merchant creates the product "SKU-1" named "Coffee"
    Then the command is refused because "SKU-1" is already used by the product "SKU-1"
    And nothing is recorded

  @R-1.6 @failing
  Scenario: A deactivated product is expected to record the wrong event (fails on purpose)
    Given the product "SKU-2" exists
    When the merchant deactivates "SKU-2"
    Then these events are recorded:
      | event          | sku   | name    |
      | ProductUpdated | SKU-2 | Renamed |
