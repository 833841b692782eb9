namespace Specs.Runner.Discovery.TagExpressions;

/// <summary>A tag expression that does not parse; the message follows cucumber/tag-expressions' wording.</summary>
public sealed class TagExpressionException(string expression, string reason)
    : Exception($"Tag expression \"{expression}\" could not be parsed because of syntax error: {reason}")
{
    public string Expression { get; } = expression;

    public string Reason { get; } = reason;
}
