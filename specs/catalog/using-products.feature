@catalog @R-1.3
Feature: Only known, active products are stocked
  Every stock change names a product by its SKU or by any of its alternate SKUs, and is recorded under
  the SKU, so that a scan of a barcode lands on the right product. A code that names no product is
  refused; a deactivated product stays known by its codes but takes no new stock.

  Background:
    Given a warehouse "MAIN" with a pick location "A-01"
    And a reason "Received" exists
    And the product "SKU-100" exists
    And the product "SKU-100" is also known as "4006381333931"

  Scenario: Stock added under an alternate SKU is recorded under the product's SKU
    When the merchant adds 2 units of "4006381333931" to "A-01" of "MAIN" because "Received"
    Then 2 units of "SKU-100" are recorded as added to "A-01" of "MAIN" because "Received"
    And "SKU-100" has 2 units on hand in all

  Scenario: A SKU in other capitals names the same product
    When the merchant adds 1 unit of "sku-100" to "A-01" of "MAIN" because "Received"
    Then 1 unit of "SKU-100" is recorded as added to "A-01" of "MAIN" because "Received"

  Scenario: Stock of a product that does not exist is refused
    When the merchant adds 1 unit of "SKU-999" to "A-01" of "MAIN" because "Received"
    Then the command is refused because there is no product "SKU-999"
    And nothing is recorded

  Scenario: A deactivated product named by its alternate SKU is refused as inactive, not unknown
    Given the product "SKU-100" has been deactivated
    When the merchant adds 1 unit of "4006381333931" to "A-01" of "MAIN" because "Received"
    Then the command is refused because the product "SKU-100" is inactive
    And nothing is recorded
