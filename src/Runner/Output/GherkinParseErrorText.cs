using System.Text.RegularExpressions;

namespace Specs.Runner.Output;

/// <summary>
/// A Gherkin parse error as the author of the feature file reads it. The parser says
/// "(19:5): expected: #EOF, #TableRow, #DocStringSeparator, #StepLine, …, got 'this is not a step'": its token names
/// are the grammar's. The console says what was found and what may stand there, in Gherkin's own keywords; the
/// message stream keeps the parser's text, as Cucumber's tools expect it.
/// </summary>
public static partial class GherkinParseErrorText
{
    // The parser's tokens in words, in the order they are told (what a line usually is first, the end of the file last).
    private static readonly (string Token, string Words)[] Tokens =
    [
        ("StepLine", "a step (Given, When, Then, And, But, *)"),
        ("TableRow", "a table row"),
        ("DocStringSeparator", "a doc string"),
        ("TagLine", "a tag"),
        ("FeatureLine", "Feature:"),
        ("BackgroundLine", "Background:"),
        ("ScenarioLine", "Scenario:"),
        ("ExamplesLine", "Examples:"),
        ("RuleLine", "Rule:"),
        ("Other", "a description"),
        ("Comment", "a comment"),
        ("Language", "a # language: line"),
        ("Empty", "an empty line"),
        ("EOF", "the end of the file"),
    ];

    /// <summary>
    /// The error in words; a message of another shape (an unknown language, an inconsistent table) as it is, without the
    /// "(line:column): " it starts with, which the console already gives after the file's name.
    /// </summary>
    public static string Describe(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Expected().Match(message) is not { Success: true } match)
        {
            return Position().Replace(message, string.Empty, 1);
        }

        var named = match.Groups["expected"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(token => token.TrimStart('#')).ToHashSet(StringComparer.Ordinal);
        var expected = Tokens.Where(token => named.Remove(token.Token)).Select(token => token.Words).Concat(named.Order(StringComparer.Ordinal)).ToList();
        var found = match.Groups["got"].Value;
        return $"{(found.Length == 0 ? "this line" : $"'{found}'")} cannot stand here; Gherkin expects {string.Join(", ", expected.SkipLast(1))}{(expected.Count > 1 ? " or " : string.Empty)}{expected[^1]}";
    }

    [GeneratedRegex(@"^\(\d+:\d+\): expected: (?<expected>.+?), got '(?<got>.*)'$", RegexOptions.Singleline)]
    private static partial Regex Expected();

    [GeneratedRegex(@"^\(\d+:\d+\): ")]
    private static partial Regex Position();
}
