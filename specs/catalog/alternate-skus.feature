@catalog
Feature: Alternate SKUs
  A supplier's code or a barcode is given to a product as an alternate SKU, so that a scan or an
  import finds the product. Alternates share the SKUs' namespace; giving a product an alternate it
  already has changes nothing. An alternate is 1 to 64 characters, and a product has at most 50.

  Background:
    Given the product "SKU-100" exists
    And the product "SKU-200" exists

  Rule: An alternate SKU names one product only

    @R-1.1
    Scenario: A product is found by its new alternate SKU
      When the merchant gives "SKU-100" the alternate SKU "4006381333931"
      Then "SKU-100" is recorded as also known as "4006381333931"
      And the catalog finds "4006381333931" as "SKU-100"

    @R-1.1
    Scenario: An alternate SKU that another product uses is refused
      Given the product "SKU-200" is also known as "ACME-7"
      When the merchant gives "SKU-100" the alternate SKU "acme-7"
      Then the command is refused because "ACME-7" is already used by the product "SKU-200"
      And nothing is recorded

    @R-1.1
    Scenario: Another product's SKU can't be an alternate
      When the merchant gives "SKU-100" the alternate SKU "SKU-200"
      Then the command is refused because "SKU-200" is already used by the product "SKU-200"

    @R-1.1
    Scenario: Giving a product an alternate it already has changes nothing
      Given the product "SKU-100" is also known as "ACME-7"
      When the merchant gives "SKU-100" the alternate SKU "ACME-7"
      Then the command is accepted
      And nothing is recorded

    @R-1.1
    Scenario: An alternate it already has, in other capitals, changes nothing
      Given the product "SKU-100" is also known as "ACME-7"
      When the merchant gives "SKU-100" the alternate SKU "acme-7"
      Then the command is accepted
      And nothing is recorded

  Rule: An alternate SKU is 1 to 64 characters, and a product has at most 50

    @R-1.2
    Scenario: An alternate SKU of exactly 64 characters is accepted
      When the merchant gives "SKU-100" an alternate SKU of 64 characters
      Then an alternate SKU of 64 characters is recorded for "SKU-100"

    @R-1.2
    Scenario: An alternate SKU of 65 characters is refused
      When the merchant gives "SKU-100" an alternate SKU of 65 characters
      Then the command is refused because an alternate SKU is at most 64 characters
      And nothing is recorded

    @R-1.2
    Scenario: The 50th alternate SKU is accepted
      Given the product "SKU-100" has 49 alternate SKUs
      When the merchant gives "SKU-100" the alternate SKU "BARCODE-50"
      Then "SKU-100" is recorded as also known as "BARCODE-50"

    @R-1.2
    Scenario: A 51st alternate SKU is refused
      Given the product "SKU-100" has 50 alternate SKUs
      When the merchant gives "SKU-100" the alternate SKU "BARCODE-51"
      Then the command is refused because "SKU-100" already has the most alternate SKUs a product may have, 50
      And nothing is recorded

  Rule: Only products that exist take alternates

    @R-1.3
    Scenario: A product that does not exist can't be given an alternate
      When the merchant gives "SKU-999" the alternate SKU "ACME-9"
      Then the command is refused because there is no product "SKU-999"
      And nothing is recorded
