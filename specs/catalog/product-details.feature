@catalog @R-1.4
Feature: Correcting a product's name and description
  The name and description are what shoppers and pickers read, so the merchant corrects them at any
  time, even for a product no longer sold. A blank description means no description. Sending the name
  and description the product already has records nothing, so a repeated import leaves no noise in
  the history.

  Background:
    Given the product "SKU-100" named "Blue mug" and described as "Stoneware, 300 ml" exists

  Scenario: A new name and description are recorded
    When the merchant updates "SKU-100" to be named "Blue mug, large" and described as "Stoneware, 450 ml"
    Then "SKU-100" is recorded as named "Blue mug, large" and described as "Stoneware, 450 ml"
    And the catalog shows "SKU-100" named "Blue mug, large"
    And the catalog shows "SKU-100" described as "Stoneware, 450 ml"

  Scenario: An update without a description removes it
    When the merchant updates "SKU-100" to be named "Blue mug"
    Then "SKU-100" is recorded as named "Blue mug" with no description
    And the catalog shows "SKU-100" without a description

  Scenario: Sending the name and description the product has records nothing
    When the merchant updates "SKU-100" to be named "Blue mug" and described as "Stoneware, 300 ml"
    Then the command is accepted
    And nothing is recorded

  Scenario: A name that differs only by the spaces around it is the same name
    When the merchant updates "SKU-100" to be named "  Blue mug " and described as " Stoneware, 300 ml  "
    Then the command is accepted
    And nothing is recorded

  Scenario: A description of spaces only is no description
    Given the product "SKU-200" named "Saucer" exists
    When the merchant updates "SKU-200" to be named "Saucer" and described as "   "
    Then the command is accepted
    And nothing is recorded
    And the catalog shows "SKU-200" without a description

  @R-1.2
  Scenario: A name of exactly 200 characters is accepted
    When the merchant updates "SKU-100" to a name of 200 characters
    Then "SKU-100" is recorded with a name of 200 characters

  @R-1.2
  Scenario: A name of 201 characters is refused and the old name stays
    When the merchant updates "SKU-100" to a name of 201 characters
    Then the command is refused because a product name is 1 to 200 characters
    And nothing is recorded
    And the catalog shows "SKU-100" named "Blue mug"

  @R-1.2
  Scenario: A blank name is refused
    When the merchant updates "SKU-100" to be named "  "
    Then the command is refused because a product name is 1 to 200 characters
    And nothing is recorded

  @R-1.3
  Scenario: A product is updated through its alternate SKU
    Given the product "SKU-100" is also known as "ACME-7"
    When the merchant updates "acme-7" to be named "Blue mug" and described as "Dishwasher safe"
    Then "SKU-100" is recorded as named "Blue mug" and described as "Dishwasher safe"

  @R-1.3
  Scenario: A product that does not exist can't be updated
    When the merchant updates "SKU-999" to be named "Green mug"
    Then the command is refused because there is no product "SKU-999"
    And nothing is recorded

  Scenario: A deactivated product's name can still be corrected
    Given the product "SKU-100" has been deactivated
    When the merchant updates "SKU-100" to be named "Blue mug (retired)" and described as "Stoneware, 300 ml"
    Then "SKU-100" is recorded as named "Blue mug (retired)" and described as "Stoneware, 300 ml"
