@catalog @R-1.1
Feature: Alternate SKUs
  A supplier's code or a barcode is given to a product as an alternate SKU, so that a scan or an
  import finds the product. Alternates share the SKUs' namespace; giving a product an alternate it
  already has changes nothing.

  Background:
    Given the product "SKU-100" exists
    And the product "SKU-200" exists

  Scenario: A product is found by its new alternate SKU
    When the merchant gives "SKU-100" the alternate SKU "4006381333931"
    Then "SKU-100" is recorded as also known as "4006381333931"
    And the catalog finds "4006381333931" as "SKU-100"

  Scenario: An alternate SKU that another product uses is refused
    Given the product "SKU-200" is also known as "ACME-7"
    When the merchant gives "SKU-100" the alternate SKU "acme-7"
    Then the command is refused because "ACME-7" is already used by the product "SKU-200"
    And nothing is recorded

  Scenario: Another product's SKU can't be an alternate
    When the merchant gives "SKU-100" the alternate SKU "SKU-200"
    Then the command is refused because "SKU-200" is already used by the product "SKU-200"

  Scenario: Giving a product an alternate it already has changes nothing
    Given the product "SKU-100" is also known as "ACME-7"
    When the merchant gives "SKU-100" the alternate SKU "ACME-7"
    Then the command is accepted
    And nothing is recorded
