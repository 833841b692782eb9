using Specs.Runner.Discovery.TagExpressions;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Discovery;

/// <summary>Our tag-expression parser against cucumber/tag-expressions' own test data (TestData/tag-expressions).</summary>
public sealed class TagExpressionParserTests
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "tag-expressions", name);

    public static TheoryData<string, string> Parsing()
    {
        var data = new TheoryData<string, string>();
        foreach (var item in TestDataYaml.ReadList(DataFile("parsing.yml")))
        {
            data.Add((string)item["expression"], (string)item["formatted"]);
        }

        return data;
    }

    public static TheoryData<string, string[], bool> Evaluations()
    {
        var data = new TheoryData<string, string[], bool>();
        foreach (var item in TestDataYaml.ReadList(DataFile("evaluations.yml")))
        {
            foreach (var test in (List<Dictionary<string, object>>)item["tests"])
            {
                data.Add((string)item["expression"], [.. (List<string>)test["variables"]], (bool)test["result"]);
            }
        }

        return data;
    }

    public static TheoryData<string, string> Errors()
    {
        var data = new TheoryData<string, string>();
        foreach (var item in TestDataYaml.ReadList(DataFile("errors.yml")))
        {
            data.Add((string)item["expression"], (string)item["error"]);
        }

        return data;
    }

    [Fact]
    public void The_test_data_files_are_all_read()
    {
        Assert.True(Parsing().Count >= 20);
        Assert.True(Evaluations().Count >= 20);
        Assert.True(Errors().Count >= 10);
    }

    [Theory]
    [MemberData(nameof(Parsing))]
    public void An_expression_parses_to_its_canonical_form(string expression, string formatted) =>
        Assert.Equal(formatted, TagExpressionParser.Parse(expression).ToString());

    [Theory]
    [MemberData(nameof(Evaluations))]
    public void An_expression_evaluates_against_a_set_of_tags(string expression, string[] tags, bool expected) =>
        Assert.Equal(expected, TagExpressionParser.Parse(expression).Evaluate(tags.ToHashSet(StringComparer.Ordinal)));

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_malformed_expression_is_rejected_with_cucumbers_message(string expression, string error) =>
        Assert.Equal(error, Assert.Throws<TagExpressionException>(() => TagExpressionParser.Parse(expression)).Message);
}
