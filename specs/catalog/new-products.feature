@catalog
Feature: Adding products to the catalog
  Every stock change, order and sale names a product by its SKU, so a SKU must point at exactly one
  product: SKUs and alternate SKUs share one namespace, compared without regard to capitals, and a
  code is 1 to 64 characters.

  @R-1.1
  Scenario: A product with a new SKU is recorded
    When the merchant creates the product "SKU-100" named "Blue mug"
    Then the product "SKU-100" named "Blue mug" is recorded
    And "SKU-100" is active in the catalog

  @R-1.1
  Scenario Outline: A SKU already in use is refused, whatever its capitals
    Given the product "SKU-100" exists
    And the product "SKU-100" is also known as "4006381333931"
    When the merchant creates the product "<requested>" named "Another mug"
    Then the command is refused because "<existing>" is already used by the product "SKU-100"
    And nothing is recorded

    Examples:
      | requested     | existing      |
      | SKU-100       | SKU-100       |
      | sku-100       | SKU-100       |
      | 4006381333931 | 4006381333931 |

  @R-1.2
  Scenario: A SKU of exactly 64 characters is accepted
    When the merchant creates a product with a SKU of 64 characters
    Then a product with a SKU of 64 characters is recorded

  @R-1.2
  Scenario: A SKU of 65 characters is refused
    When the merchant creates a product with a SKU of 65 characters
    Then the command is refused because a SKU is at most 64 characters
    And nothing is recorded
