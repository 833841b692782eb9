@channels @R-13.1
Feature: Connecting a channel for quantity sync
  Marketplaces and web shops sell what the warehouse tells them it has. A sales channel starts receiving
  quantities once it is connected for quantity sync; it is connected once, and only a channel that exists
  and is active is connected, takes sync rules and receives quantities.

  Background:
    Given a channel "Shopify" exists
    And the product "SKU-100" exists

  Rule: Only an existing, active channel is connected, once

    Scenario: A channel is connected for quantity sync
      When the merchant connects the channel "Shopify" for quantity sync
      Then the channel "Shopify" is recorded as connected for quantity sync
      And the channel "Shopify" is listed as connected for quantity sync

    Scenario: A channel is connected under the name first recorded
      When the merchant connects the channel "SHOPIFY" for quantity sync
      Then the channel "Shopify" is recorded as connected for quantity sync

    Scenario: Connecting a connected channel changes nothing
      Given the channel "Shopify" is connected for quantity sync
      When the merchant connects the channel "Shopify" for quantity sync
      Then the command is accepted
      And nothing is recorded

    Scenario: A channel that does not exist can't be connected
      When the merchant connects the channel "Amazon" for quantity sync
      Then the command is refused because there is no channel named "Amazon"
      And nothing is recorded
      And the channel "Amazon" is listed as not connected for quantity sync

    Scenario: A deactivated channel can't be connected
      Given the channel "Shopify" was deactivated
      When the merchant connects the channel "Shopify" for quantity sync
      Then the command is refused because the deactivated channel "Shopify" can't sync quantities
      And nothing is recorded

  Rule: Only a connected, active channel takes sync rules and pushes

    Scenario: A channel that was never connected takes no sync rule
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field    | value |
        | buffer % | 10    |
      Then the command is refused because the channel "Shopify" is not connected for quantity sync
      And nothing is recorded

    Scenario: A channel that was never connected receives no quantities
      When the sync job pushes quantities to the channel "Shopify"
      Then the command is refused because the channel "Shopify" is not connected for quantity sync
      And nothing is recorded

    Scenario: A connected channel deactivated since receives no quantities
      Given the channel "Shopify" is connected for quantity sync
      And the channel "Shopify" was deactivated
      When the sync job pushes quantities to the channel "Shopify"
      Then the command is refused because the deactivated channel "Shopify" can't sync quantities
      And nothing is recorded

    Scenario: A connected channel deactivated since takes no sync rule
      Given the channel "Shopify" is connected for quantity sync
      And the channel "Shopify" was deactivated
      When the merchant sets the sync rule of the channel "Shopify" to:
        | field    | value |
        | buffer % | 10    |
      Then the command is refused because the deactivated channel "Shopify" can't sync quantities
