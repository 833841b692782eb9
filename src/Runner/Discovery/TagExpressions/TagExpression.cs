namespace Specs.Runner.Discovery.TagExpressions;

/// <summary>A parsed Cucumber tag expression, evaluated against the tags of a pickle.</summary>
public abstract record TagExpression
{
    public abstract bool Evaluate(IReadOnlySet<string> tags);

    /// <summary>The canonical, fully parenthesised form used by cucumber/tag-expressions' test data.</summary>
    public abstract override string ToString();

    /// <summary>The expression of an empty filter: everything matches.</summary>
    public sealed record True : TagExpression
    {
        public override bool Evaluate(IReadOnlySet<string> tags) => true;

        public override string ToString() => "";
    }

    public sealed record Literal(string Name) : TagExpression
    {
        public override bool Evaluate(IReadOnlySet<string> tags) => tags.Contains(Name);

        public override string ToString()
        {
            var text = new System.Text.StringBuilder(Name.Length);
            foreach (var character in Name)
            {
                if (character is '\\' or '(' or ')' || char.IsWhiteSpace(character))
                {
                    text.Append('\\');
                }

                text.Append(character);
            }

            return text.ToString();
        }
    }

    public sealed record Not(TagExpression Operand) : TagExpression
    {
        public override bool Evaluate(IReadOnlySet<string> tags) => !Operand.Evaluate(tags);

        // A binary operand already prints its own parentheses.
        public override string ToString() => Operand is And or Or ? $"not {Operand}" : $"not ( {Operand} )";
    }

    public sealed record And(TagExpression Left, TagExpression Right) : TagExpression
    {
        public override bool Evaluate(IReadOnlySet<string> tags) => Left.Evaluate(tags) && Right.Evaluate(tags);

        public override string ToString() => $"( {Left} and {Right} )";
    }

    public sealed record Or(TagExpression Left, TagExpression Right) : TagExpression
    {
        public override bool Evaluate(IReadOnlySet<string> tags) => Left.Evaluate(tags) || Right.Evaluate(tags);

        public override string ToString() => $"( {Left} or {Right} )";
    }
}
