@catalog
Feature: Adding products to the catalog
  Every stock change, order and sale names a product by its SKU, so a SKU must point at exactly one
  product: SKUs and alternate SKUs share one namespace, compared without regard to capitals. A SKU is
  1 to 64 characters and a name 1 to 200, once the spaces around them are removed, so that both fit on
  every label, screen and key.

  Rule: SKUs and alternate SKUs are unique without regard to capitals

    @R-1.1
    Scenario: A product with a new SKU is recorded
      When the merchant creates the product "SKU-100" named "Blue mug"
      Then the product "SKU-100" named "Blue mug" is recorded
      And "SKU-100" is active in the catalog

    @R-1.1
    Scenario: A product may be created tracked by serial number
      When the merchant creates the product "SKU-400" named "Kettle" tracked by serial
      Then the product "SKU-400" named "Kettle" tracked by serial is recorded

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

    @R-1.1
    Scenario: A SKU that differs only by the spaces around it is already in use
      Given the product "SKU-100" exists
      When the merchant creates the product "  SKU-100 " named "Another mug"
      Then the command is refused because "SKU-100" is already used by the product "SKU-100"

    @R-1.1
    Scenario: A deactivated product's SKU stays taken
      Given the product "SKU-100" exists
      And the product "SKU-100" has been deactivated
      When the merchant creates the product "SKU-100" named "New mug"
      Then the command is refused because "SKU-100" is already used by the product "SKU-100"
      And nothing is recorded

  Rule: A SKU is 1 to 64 characters and a name 1 to 200, without the spaces around them

    @R-1.2
    Scenario: Spaces around the SKU and the name are removed before they are recorded
      When the merchant creates the product "  SKU-300 " named " Teapot  "
      Then the product "SKU-300" named "Teapot" is recorded

    @R-1.2
    Scenario: A SKU of exactly 64 characters is accepted
      When the merchant creates a product with a SKU of 64 characters
      Then a product with a SKU of 64 characters is recorded

    @R-1.2
    Scenario: A SKU of 65 characters is refused
      When the merchant creates a product with a SKU of 65 characters
      Then the command is refused because a SKU is at most 64 characters
      And nothing is recorded

    @R-1.2
    Scenario: A product without a SKU is refused
      When the merchant creates the product "   " named "Nameless mug"
      Then the command is refused because a product needs a SKU
      And nothing is recorded

    @R-1.2
    Scenario: A product name of exactly 200 characters is accepted
      When the merchant creates the product "SKU-200" with a name of 200 characters
      Then the product "SKU-200" with a name of 200 characters is recorded

    @R-1.2
    Scenario Outline: A product name of <length> characters is refused
      When the merchant creates the product "SKU-200" with a name of <length> characters
      Then the command is refused because a product name is 1 to 200 characters
      And nothing is recorded

      Examples:
        | length |
        | 201    |
        | 0      |
