using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Reporting;

/// <summary>
/// C# step definition skeletons for undefined steps, ready to paste into a [Binding] class: quoted text
/// becomes {string}, whole numbers {int}, decimals {float}; tables and doc strings become parameters.
/// </summary>
public static partial class SnippetGenerator
{
    public static string Snippet(PickleStep step)
    {
        var parameters = new List<string>();
        var expression = new StringBuilder();
        var last = 0;
        foreach (Match match in Arguments().Matches(step.Text))
        {
            expression.Append(EscapeExpression(step.Text[last..match.Index]));
            var (placeholder, type) = match.Groups["quoted"].Success ? ("{string}", "string")
                : match.Groups["decimal"].Success ? ("{float}", "double")
                : ("{int}", "int");
            expression.Append(placeholder);
            parameters.Add($"{type} p{parameters.Count}");
            last = match.Index + match.Length;
        }

        expression.Append(EscapeExpression(step.Text[last..]));
        if (step.Argument?.DataTable is not null)
        {
            parameters.Add("Table table");
        }
        else if (step.Argument?.DocString is not null)
        {
            parameters.Add("string docString");
        }

        var attribute = step.Type switch
        {
            PickleStepType.ACTION => "When",
            PickleStepType.OUTCOME => "Then",
            _ => "Given",
        };
        var literal = expression.ToString().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $"[{attribute}(\"{literal}\")]\npublic void {MethodName(attribute, step.Text)}({string.Join(", ", parameters)})\n{{\n    throw new PendingStepException();\n}}\n";
    }

    private static string MethodName(string attribute, string text)
    {
        var name = new StringBuilder(attribute);
        foreach (Match word in Words().Matches(Arguments().Replace(text, " ")))
        {
            name.Append(char.ToUpper(word.Value[0], CultureInfo.InvariantCulture)).Append(word.Value.AsSpan(1));
        }

        return name.ToString();
    }

    // Cucumber expressions give ( ) { } / and \ meaning; a literal one is escaped with a backslash.
    private static string EscapeExpression(string text) => ExpressionSpecials().Replace(text, @"\$0");

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|(?<![\\w.])(?<decimal>-?\\d+\\.\\d+)(?![\\w.])|(?<![\\w.])(?<int>-?\\d+)(?![\\w.])")]
    private static partial Regex Arguments();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[(){}/\\]")]
    private static partial Regex ExpressionSpecials();
}
