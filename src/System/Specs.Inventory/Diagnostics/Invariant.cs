using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Specs.Inventory.Diagnostics;

/// <summary>
/// Assertions that stay on in every build configuration. A failed invariant is a programmer error:
/// it crashes loudly with the condition's source text instead of letting corrupt state spread.
/// </summary>
/// <remarks>
/// A detail written as an interpolated string is formatted only when the invariant fails
/// (<see cref="DetailHandler"/>). Built on every call, the detail of a view's key check (the key in hex and the
/// subspace) was about a tenth of the command pipeline's CPU: the assertions sit on the hottest paths.
/// </remarks>
public static class Invariant
{
    public static void Assert(
        [DoesNotReturnIf(false)] bool condition,
        string? detail = null,
        [CallerArgumentExpression(nameof(condition))] string expression = "")
    {
        if (!condition)
        {
            Fail(expression, detail);
        }
    }

    /// <summary>The same assertion with an interpolated detail, which is formatted only if <paramref name="condition"/> is false.</summary>
    public static void Assert(
        [DoesNotReturnIf(false)] bool condition,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref DetailHandler detail,
        [CallerArgumentExpression(nameof(condition))] string expression = "")
    {
        if (!condition)
        {
            Fail(expression, detail.ToStringAndClear());
        }
    }

    [DoesNotReturn]
    private static void Fail(string expression, string? detail) =>
        throw new InvariantViolationException(detail is null ? expression : $"{expression} ({detail})");

    /// <summary>Builds an assertion's detail only when the assertion's condition is false.</summary>
    [InterpolatedStringHandler]
    public ref struct DetailHandler
    {
        private DefaultInterpolatedStringHandler _text;

        public DetailHandler(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
        }

        public void AppendLiteral(string value) => _text.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

        public void AppendFormatted<T>(T value, int alignment) => _text.AppendFormatted(value, alignment);

        public void AppendFormatted<T>(T value, int alignment, string? format) => _text.AppendFormatted(value, alignment, format);

        public void AppendFormatted(scoped ReadOnlySpan<char> value) => _text.AppendFormatted(value);

        public void AppendFormatted(string? value) => _text.AppendFormatted(value);

        internal string ToStringAndClear() => _text.ToStringAndClear();
    }
}

/// <summary>Thrown when an invariant that the code relies on does not hold: always a bug.</summary>
public sealed class InvariantViolationException(string condition)
    : Exception($"Invariant violated: {condition}")
{
    public string Condition { get; } = condition;
}
