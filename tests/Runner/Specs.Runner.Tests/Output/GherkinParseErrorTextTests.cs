using Specs.Runner.Output;

namespace Specs.Runner.Tests.Output;

/// <summary>The console tells a Gherkin parse error in Gherkin's keywords, not the parser's token names.</summary>
public sealed class GherkinParseErrorTextTests
{
    [Fact]
    public void The_tokens_the_parser_expected_are_told_in_words_the_end_of_the_file_last()
    {
        var text = GherkinParseErrorText.Describe("(19:5): expected: #EOF, #TableRow, #DocStringSeparator, #StepLine, #TagLine, #ExamplesLine, #ScenarioLine, #RuleLine, #Comment, #Empty, got 'this is not a step'");

        Assert.Equal(
            "'this is not a step' cannot stand here; Gherkin expects a step (Given, When, Then, And, But, *), a table row, a doc string, a tag, Scenario:, Examples:, Rule:, a comment, an empty line or the end of the file",
            text);
    }

    [Fact]
    public void A_token_it_does_not_know_is_named_as_the_parser_names_it()
    {
        Assert.Equal("'x' cannot stand here; Gherkin expects a tag or Future", GherkinParseErrorText.Describe("(1:1): expected: #Future, #TagLine, got 'x'"));
    }

    [Theory]
    [InlineData("(3:1): inconsistent cell count within the table", "inconsistent cell count within the table")]
    [InlineData("Language not supported: xx", "Language not supported: xx")]
    public void Another_message_is_told_as_it_is_without_its_position(string message, string told)
    {
        Assert.Equal(told, GherkinParseErrorText.Describe(message));
    }
}
