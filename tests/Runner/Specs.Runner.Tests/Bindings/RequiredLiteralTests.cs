using System.Text.RegularExpressions;
using CsCheck;
using Specs.Runner.Execution.Glue;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Runner.Tests.Bindings;

public sealed class RequiredLiteralTests
{
    [Theory]
    [InlineData("^the merchant adds (-?\\d+) unit(?:s)? of \"([^\"]*)\"$", "the merchant adds ")]
    [InlineData("^(?:is|are) ready to ship$", " ready to ship")]
    [InlineData("^colou?r chart$", "r chart")]
    [InlineData("^ab+cd$", "ab")]
    [InlineData("^costs \\$5\\.00 each$", "costs $5.00 each")]
    [InlineData("^x[(\\]]y and (z)$", "y and ")]
    [InlineData("^wait{2} here$", " here")]
    [InlineData("^a.b$", "a")]
    public void The_longest_run_every_match_contains_is_required(string pattern, string required)
    {
        Assert.Equal(required, RequiredLiteral.Longest(pattern));
    }

    [Theory]
    [InlineData("^receive|ship$")]
    [InlineData("^(?i)receive$")]
    [InlineData("^(\\d+)$")]
    [InlineData("^\\w+$")]
    public void A_pattern_without_a_certain_literal_requires_nothing(string pattern)
    {
        Assert.Null(RequiredLiteral.Longest(pattern));
        Assert.True(RequiredLiteral.Of(new Regex(pattern)).MayOccurIn("anything at all"));
    }

    [Fact]
    public void An_ignore_case_regex_compares_its_literal_ignoring_case()
    {
        var literal = RequiredLiteral.Of(new Regex("^the merchant adds (\\d+)$", RegexOptions.IgnoreCase));

        Assert.True(literal.MayOccurIn("The Merchant ADDS 5"));
        Assert.False(RequiredLiteral.Of(new Regex("^the merchant adds (\\d+)$")).MayOccurIn("The Merchant ADDS 5"));
    }

    /// <summary>
    /// The filter's one promise: a text the regex matches always contains the literal. Patterns are drawn from the
    /// constructs a regex can combine (optional, repeated and escaped characters, groups with alternatives,
    /// classes, anchors, wildcards) over a three-letter alphabet, so that random texts match them often.
    /// </summary>
    [Fact]
    public void Every_text_a_regex_matches_contains_its_required_literal()
    {
        string[] pieces =
        [
            "a", "b", "c", "ab", "bc", "a?", "b*", "c+", "a{2}", "b{0,1}", "\\.", ".", "[ab]", "[^a]", "(?:a|bc)", "(a)?",
            "(?:ab)+", "(?=a)", "\\d?", "(?:c|)", "[\\]a]", "\\b",
        ];
        var piece = Gen.Int[0, pieces.Length - 1].Select(index => pieces[index]);
        var patterns = Gen.Select(Gen.Bool, piece.Array[1, 7], Gen.Bool, (start, drawn, end) => (start ? "^" : "") + string.Concat(drawn) + (end ? "$" : ""));
        var texts = Gen.Char["abc."].Array[0, 9].Select(chars => new string(chars)).Array[40];
        var checkedMatches = 0;

        Property.ForAll(
            Gen.Select(patterns, texts),
            sample =>
            {
                var (pattern, candidates) = sample;
                var regex = new Regex(pattern);
                var literal = RequiredLiteral.Of(regex);
                foreach (var text in candidates.Where(text => regex.IsMatch(text)))
                {
                    checkedMatches++;
                    Assert.True(literal.MayOccurIn(text), $"/{pattern}/ matches \"{text}\" but the filter requires \"{literal.Text}\"");
                }
            },
            seed: 0x5EED0101, iterations: 3000);

        Assert.True(checkedMatches > 1000, $"only {checkedMatches} matching texts were drawn: the property was barely exercised");
    }
}
