Feature: Data tables and doc strings that do not fit their step definitions
  Each mistake fails its own step with a sentence that names the step definition, the parameter and what to change.

  Scenario: A table for a table parameter and text for a text parameter fit
    Given the shelf lists these boxes:
      | box |
      | A1  |
      | B2  |
    And the shelf label reads:
      """
      Fragile
      """
    Then the shelf holds 2 boxes

  Scenario: A step whose definition takes a table has none
    Given the shelf lists these boxes:
    Then the shelf holds 0 boxes

  Scenario: A step whose definition takes a table has a doc string
    Given the shelf lists these boxes:
      """
      A1, B2
      """

  Scenario: A step whose definition takes text has a table
    Given the shelf label reads:
      | label   |
      | Fragile |

  Scenario: A step whose definition takes nothing more has a table
    Then the shelf holds 0 boxes
      | box |
