namespace Specs.Inventory.Scenarios;

/// <summary>
/// How a recorded event differs from the one a Then step expected in its place, in parts: the living documentation
/// puts them into the scenario's words ("Pick shorted, quantity: 1 was recorded, the scenario expects 2"), where
/// <see cref="Text"/> is the developer's one line.
/// </summary>
/// <param name="Event">The event's position among the new events, from 1.</param>
/// <param name="Type">The contract the step expected, such as <c>PickShorted</c>.</param>
/// <param name="FoundType">The contract recorded in its place when it is another one; else null.</param>
/// <param name="Field">The field that differs (camelCase; <c>stream</c> for the event's stream); null when the contract differs.</param>
/// <param name="Expected">The field's value as the step stated it; null when the step gave none.</param>
/// <param name="Found">The field's value as recorded; null when the event has none.</param>
/// <param name="Text">The difference in one line, as the runner reports it.</param>
public sealed record EventDifference(int Event, string Type, string? FoundType, string? Field, string? Expected, string? Found, string Text);
