using System.Text.RegularExpressions;
using CucumberExpressions.Parsing;
using Io.Cucumber.Messages.Types;
using Reqnroll.Bindings;
using Group = Io.Cucumber.Messages.Types.Group;

namespace Specs.Runner.Execution;

/// <summary>
/// The arguments a step definition captured from a step's text, for stepMatchArgumentsLists. As in Cucumber,
/// each top-level capture group of the definition's regex is one argument and nested groups are its
/// children (a {string} is one argument whose child is the text between the quotes).
/// </summary>
public static partial class StepMatchArguments
{
    public static StepMatchArgumentsList From(IStepDefinitionBinding binding, string text)
    {
        var arguments = new List<StepMatchArgument>();
        // A Cucumber expression names its parameter types in order ({int}, {string}, {} ...); a regex names none.
        var typeNames = string.Equals(binding.ExpressionType, "CucumberExpression", StringComparison.OrdinalIgnoreCase) && binding.SourceExpression is { } source
            ? Parameters().Matches(source).Select(parameter => parameter.Groups[1].Value).ToList()
            : [];
        if (binding.Regex is { } regex && regex.IsMatch(text))
        {
            var root = new TreeRegexp(regex).Match(text);
            var children = root?.Children ?? [];
            var parameter = 0;
            for (var i = 0; i < children.Count; i++, parameter++)
            {
                var typeName = parameter < typeNames.Count ? typeNames[parameter] : null;
                if (typeName == "string" && i + 1 < children.Count)
                {
                    // Reqnroll compiles {string} to two alternatives ("..." and '...') without Cucumber's enclosing
                    // group; rebuild that group so the argument is the quoted text, as in every Cucumber.
                    arguments.Add(new StepMatchArgument(QuotedString(text, children[i], children[i + 1]), typeName));
                    i++;
                    continue;
                }

                arguments.Add(new StepMatchArgument(Convert(children[i]), typeName));
            }
        }

        return new StepMatchArgumentsList(arguments);
    }

    private static Group QuotedString(string text, CucumberExpressions.Parsing.Group doubleQuoted, CucumberExpressions.Parsing.Group singleQuoted)
    {
        var inner = doubleQuoted.Value is not null ? doubleQuoted : singleQuoted;
        var start = inner.Value is null ? (int?)null : inner.Start - 1;
        var value = start is { } from ? text.Substring(from, inner.Value!.Length + 2) : null;
        return new Group([Convert(doubleQuoted), Convert(singleQuoted)], start, value);
    }

    private static Group Convert(CucumberExpressions.Parsing.Group group) =>
        new(
            (group.Children ?? []).Select(Convert).ToList(),
            group.Value is null ? null : group.Start,
            group.Value);

    [GeneratedRegex(@"(?<!\\)\{([^{}]*)\}")]
    private static partial Regex Parameters();
}
