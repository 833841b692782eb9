using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Specs.Inventory.Diagnostics;

/// <summary>
/// Assertions that stay on in every build configuration. A failed invariant is a programmer error:
/// it crashes loudly with the condition's source text instead of letting corrupt state spread.
/// </summary>
public static class Invariant
{
    public static void Assert(
        [DoesNotReturnIf(false)] bool condition,
        string? detail = null,
        [CallerArgumentExpression(nameof(condition))] string expression = "")
    {
        if (!condition)
        {
            throw new InvariantViolationException(detail is null ? expression : $"{expression} ({detail})");
        }
    }
}

/// <summary>Thrown when an invariant that the code relies on does not hold: always a bug.</summary>
public sealed class InvariantViolationException(string condition)
    : Exception($"Invariant violated: {condition}")
{
    public string Condition { get; } = condition;
}
