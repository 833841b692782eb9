using System.Runtime.CompilerServices;
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
/// <remarks>
/// Every step of every scenario comes here, so what depends on the definition alone (its parameter type
/// names, the group tree of its regex, which TreeRegexp builds by parsing the pattern) is worked out once
/// per definition and kept for the run; only matching the step's text is per step.
/// </remarks>
public static partial class StepMatchArguments
{
    private static readonly ConditionalWeakTable<IStepDefinitionBinding, Definition> Definitions = new();

    /// <summary>The arguments of <paramref name="binding"/> in <paramref name="text"/>; the same text gives the same (shared, never mutated) list.</summary>
    public static StepMatchArgumentsList From(IStepDefinitionBinding binding, string text)
    {
        var definition = Definitions.GetValue(binding, Definition.Of);
        return definition.Matches.GetOrAdd(text, Compute, definition);
    }

    private static StepMatchArgumentsList Compute(string text, Definition definition)
    {
        var arguments = new List<StepMatchArgument>();
        var typeNames = definition.TypeNames;
        if (definition.Tree is { } tree && tree.Regex.IsMatch(text))
        {
            var root = tree.Match(text);
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

    /// <summary>What a definition contributes to every match: its parameter type names and its regex's group tree.</summary>
    private sealed class Definition(IReadOnlyList<string> typeNames, TreeRegexp? tree)
    {
        public IReadOnlyList<string> TypeNames { get; } = typeNames;

        public TreeRegexp? Tree { get; } = tree;

        /// <summary>The arguments per step text already matched: a corpus repeats its step texts many times.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, StepMatchArgumentsList> Matches { get; } = new(StringComparer.Ordinal);

        public static Definition Of(IStepDefinitionBinding binding) => new(
            // A Cucumber expression names its parameter types in order ({int}, {string}, {} ...); a regex names none.
            string.Equals(binding.ExpressionType, "CucumberExpression", StringComparison.OrdinalIgnoreCase) && binding.SourceExpression is { } source
                ? Parameters().Matches(source).Select(parameter => parameter.Groups[1].Value).ToList()
                : [],
            binding.Regex is { } regex ? new TreeRegexp(regex) : null);
    }

    [GeneratedRegex(@"(?<!\\)\{([^{}]*)\}")]
    private static partial Regex Parameters();
}
