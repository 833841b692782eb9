@channels @R-13.2
Feature: Sync rules
  A merchant rarely shows a channel every unit: a buffer holds back a share of Available for other
  channels and for miscounts, a cap limits what one channel can sell, and a fixed quantity suits products
  made to order or shipped by the supplier. A rule is the channel's default or belongs to one product;
  setting the rule a channel already has records nothing.

  Background:
    Given a channel "Shopify" exists
    And the channel "Shopify" is connected for quantity sync
    And the product "SKU-100" exists
    And the product "SKU-100" is also known as "EAN-100"

  Rule: A rule has a buffer of 0-100 %, and an optional cap and fixed quantity of 0 to 10^12

    Scenario: The channel's default rule is set
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field    | value |
        | buffer % | 10    |
        | cap      | 50    |
      Then the sync rule of the channel "Shopify" is recorded as:
        | field    | value |
        | buffer % | 10    |
        | cap      | 50    |

    Scenario: A product's own rule is set under its catalog SKU
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field | value   |
        | sku   | EAN-100 |
        | fixed | 25      |
      Then the sync rule of the channel "Shopify" is recorded as:
        | field | value   |
        | sku   | SKU-100 |
        | fixed | 25      |

    Scenario: Setting the rule the channel already has records nothing
      Given the channel "Shopify" has these sync rules:
        | sku | buffer % | cap | fixed |
        |     | 10       | 50  |       |
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field    | value |
        | buffer % | 10    |
        | cap      | 50    |
      Then the command is accepted
      And nothing is recorded

    Scenario: Taking the cap off a rule is a change
      Given the channel "Shopify" has these sync rules:
        | sku | buffer % | cap | fixed |
        |     | 10       | 50  |       |
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field    | value |
        | buffer % | 10    |
      Then the sync rule of the channel "Shopify" is recorded as:
        | field    | value |
        | buffer % | 10    |

    Scenario Outline: The limits of a rule are allowed (<field> <value>)
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field   | value   |
        | <field> | <value> |
      Then the sync rule of the channel "Shopify" is recorded as:
        | field   | value   |
        | <field> | <value> |

      Examples:
        | field    | value         |
        | buffer % | 100           |
        | cap      | 0             |
        | cap      | 1000000000000 |
        | fixed    | 0             |
        | fixed    | 1000000000000 |

    Scenario Outline: A rule outside the limits is refused (<field> <value>)
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field   | value   |
        | <field> | <value> |
      Then the command is refused because the <name> of a sync rule must be between 0 and <maximum>, not <value>
      And nothing is recorded

      Examples:
        | field    | value         | name           | maximum       |
        | buffer % | 101           | buffer percent | 100           |
        | buffer % | -1            | buffer percent | 100           |
        | cap      | -1            | cap            | 1000000000000 |
        | cap      | 1000000000001 | cap            | 1000000000000 |
        | fixed    | -1            | fixed quantity | 1000000000000 |
        | fixed    | 1000000000001 | fixed quantity | 1000000000000 |

    Scenario: A rule for a product the catalog does not know is refused
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field    | value   |
        | sku      | SKU-999 |
        | buffer % | 10      |
      Then the command is refused because there is no product "SKU-999"
      And nothing is recorded
