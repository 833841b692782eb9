@reference-data @R-14.1
Feature: Reference data names are unique per kind
  Reasons explain stock changes, suppliers receive purchase orders and channels sell the stock. Other
  parts of the inventory cite them by name, so a name must point at exactly one entry of its kind: a
  name cannot be used twice, even written with other capitals. The same name may serve entries of
  different kinds.

  Scenario: A reason with a new name is recorded
    When the merchant creates the reason "Damaged"
    Then the reason "Damaged" is recorded
    And the reason "Damaged" is active

  Scenario Outline: A <kind> name that is already used is refused, whatever its capitals
    Given a <kind> "<existing>" exists
    When the merchant creates the <kind> "<requested>"
    Then the command is refused because a <kind> named "<existing>" already exists
    And nothing is recorded

    Examples:
      | kind     | existing | requested |
      | reason   | Damaged  | Damaged   |
      | reason   | Damaged  | damaged   |
      | supplier | Acme     | ACME      |
      | channel  | eBay     | Ebay      |

  Scenario: A channel with a new name is recorded
    When the merchant creates the channel "Shopify"
    Then the channel "Shopify" is recorded
    And the channel "Shopify" is active

  Scenario: A name that differs only by the spaces around it is already used
    Given a reason "Damaged" exists
    When the merchant creates the reason "  damaged "
    Then the command is refused because a reason named "Damaged" already exists
    And nothing is recorded

  Scenario: The same name may serve a reason and a supplier
    Given a reason "Returns" exists
    When the merchant creates the supplier "Returns"
    Then the supplier "Returns" is recorded

  Scenario: A deactivated name is still taken
    Given a channel "eBay" exists
    And the channel "eBay" was deactivated
    When the merchant creates the channel "EBAY"
    Then the command is refused because a channel named "eBay" already exists
    And nothing is recorded

  Scenario: A reason is recorded with its description
    When the merchant creates a reason:
      | field       | value                           |
      | name        | Expired                         |
      | description | Past its best-before date       |
    Then these events are recorded:
      | event         | stream         | name    | description               |
      | ReasonCreated | reason/expired | Expired | Past its best-before date |

  Scenario: A supplier is recorded with its contact
    When the merchant creates a supplier:
      | field   | value                    |
      | name    | Northwind                |
      | contact | orders@northwind.example |
    Then these events are recorded:
      | event           | stream             | name      | contact                  |
      | SupplierCreated | supplier/northwind | Northwind | orders@northwind.example |
