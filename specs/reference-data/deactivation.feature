@reference-data
Feature: Deactivating reference data
  An entry that should no longer be used (a supplier the business stopped working with, a channel that
  closed) is deactivated rather than deleted: it stays on record so that history still reads, but no
  new stock change, order or sale may cite it. Deactivating it again changes nothing.

  @R-14.3
  Rule: Deactivation keeps the entry on record, as inactive

    Scenario Outline: An active <kind> is deactivated and stays on record
      Given a <kind> "<name>" exists
      When the merchant deactivates the <kind> "<name>"
      Then the <kind> "<name>" is recorded as deactivated
      And the <kind> "<name>" is inactive

      Examples:
        | kind     | name      |
        | reason   | Damaged   |
        | supplier | Northwind |
        | channel  | eBay      |

    Scenario: Deactivating an entry that does not exist is refused
      When the merchant deactivates the supplier "Nobody"
      Then the command is refused because there is no supplier named "Nobody"
      And nothing is recorded

    Scenario: A reason of the same name does not make a supplier exist
      Given a reason "Acme" exists
      When the merchant deactivates the supplier "Acme"
      Then the command is refused because there is no supplier named "Acme"
      And the reason "Acme" is active

    Scenario: The entry is found whatever the capitals, and recorded under the name it was created with
      Given a reason "Damaged" exists
      When the merchant deactivates the reason "DAMAGED"
      Then the reason "Damaged" is recorded as deactivated

    Scenario: A deactivated entry is still listed, as inactive
      Given these suppliers exist:
        | name      | contact                  |
        | Northwind | orders@northwind.example |
        | Acme      |                          |
      When the merchant deactivates the supplier "Northwind"
      Then the suppliers are listed as:
        | name      | active |
        | Acme      | yes    |
        | Northwind | no     |

  @R-14.4
  Rule: Deactivating an inactive entry changes nothing

    Scenario Outline: Deactivating an inactive <kind> changes nothing
      Given a <kind> "<name>" exists
      And the <kind> "<name>" was deactivated
      When the merchant deactivates the <kind> "<name>"
      Then the command is accepted
      And nothing is recorded
      And the <kind> "<name>" is inactive

      Examples:
        | kind     | name    |
        | reason   | Expired |
        | channel  | Etsy    |

    Scenario: Deactivating an inactive entry named in other capitals changes nothing
      Given a supplier "Northwind" exists
      And the supplier "Northwind" was deactivated
      When the merchant deactivates the supplier "NORTHWIND"
      Then the command is accepted
      And nothing is recorded

    Scenario: Deactivating an entry that was never created is refused, not ignored
      When the merchant deactivates the channel "Amazon"
      Then the command is refused because there is no channel named "Amazon"
      And nothing is recorded
