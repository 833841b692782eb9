using Specs.Runner.Cli;
using Specs.Runner.Discovery;
using Specs.Runner.Discovery.TagExpressions;

namespace Specs.Runner.Tests.Discovery;

public sealed class DiscoveryTests
{
    private const string Feature = """
        Feature: Ids
          Scenario Outline: Row <n>
            Given step <n>
            Examples:
              | n |
              | 1 |
              | 2 |
          Scenario: Plain
            Given step 3
        """;

    [Fact]
    public void A_feature_file_that_is_not_utf8_fails_to_parse_naming_the_byte_and_where_it_is()
    {
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes("Feature: Bad\n  Scenario: x\n    Given caf"), 0xE9, .. System.Text.Encoding.UTF8.GetBytes(" is open\n")];

        var (feature, errors) = FeatureParser.Parse("specs/bad.feature", bytes);

        Assert.Null(feature);
        var error = Assert.Single(errors);
        Assert.Equal((3, 14), (error.Line, error.Column));
        Assert.Contains("not UTF-8 text: byte 0xE9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feature_file_in_utf8_with_a_byte_order_mark_parses()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("Feature: Café\n  Scenario: x\n    Given open\n")];

        var (feature, errors) = FeatureParser.Parse("specs/ok.feature", bytes);

        Assert.Empty(errors);
        Assert.Equal("Café", feature!.Document.Feature!.Name);
    }

    [Fact]
    public void Parsing_the_same_feature_twice_gives_the_same_ids()
    {
        var first = FeatureParser.Parse("specs/ids.feature", Feature).Feature!;
        var second = FeatureParser.Parse("specs/ids.feature", Feature).Feature!;

        Assert.Equal(first.Pickles.Select(pickle => pickle.Id), second.Pickles.Select(pickle => pickle.Id));
        Assert.Equal(first.Document.Feature.Children[0].Scenario.Id, second.Document.Feature.Children[0].Scenario.Id);
    }

    [Fact]
    public void The_same_content_at_another_uri_gets_other_ids()
    {
        var first = FeatureParser.Parse("specs/a.feature", Feature).Feature!;
        var second = FeatureParser.Parse("specs/b.feature", Feature).Feature!;

        Assert.Empty(first.Pickles.Select(pickle => pickle.Id).Intersect(second.Pickles.Select(pickle => pickle.Id)));
    }

    [Fact]
    public void A_changed_feature_gets_new_ids()
    {
        var first = FeatureParser.Parse("specs/a.feature", Feature).Feature!;
        var second = FeatureParser.Parse("specs/a.feature", Feature + "\n    And step 4\n").Feature!;

        Assert.NotEqual(first.Pickles[0].Id, second.Pickles[0].Id);
    }

    [Fact]
    public void A_parse_error_carries_its_line_and_column()
    {
        var (feature, errors) = FeatureParser.Parse("specs/bad.feature", "Feature: Bad\n  Scenario: x\n    Given a\n  nonsense here\n");

        Assert.Null(feature);
        var error = Assert.Single(errors);
        Assert.Equal(4, error.Line);
        Assert.Equal(3, error.Column);
    }

    [Theory]
    [InlineData("specs/a.feature", "specs/a.feature", new long[0])]
    [InlineData("specs/a.feature:12", "specs/a.feature", new long[] { 12 })]
    [InlineData("specs/a.feature:12:30", "specs/a.feature", new long[] { 12, 30 })]
    [InlineData("C:/specs/a.feature:7", "C:/specs/a.feature", new long[] { 7 })]
    public void A_selection_argument_splits_into_path_and_lines(string argument, string path, long[] lines)
    {
        var parsed = SelectionArgument.Parse(argument);

        Assert.Equal(path, parsed.Path);
        Assert.Equal(lines, parsed.Lines);
    }

    [Fact]
    public void Selecting_by_line_takes_the_example_row_or_the_whole_outline()
    {
        var feature = FeatureParser.Parse("ids.feature", Feature).Feature!;

        Assert.Equal(["Row 2"], Names(feature, 7));
        Assert.Equal(["Row 1", "Row 2"], Names(feature, 2));
        Assert.Equal(["Row 1", "Row 2", "Plain"], Names(feature, 1));
        Assert.Equal(["Plain"], Names(feature, 8));
    }

    [Fact]
    public void Shards_take_every_nth_scenario()
    {
        var shard = Shard.Parse("2/3");

        Assert.Equal([1, 4, 7], Enumerable.Range(0, 9).Where(shard.Takes));
        Assert.Throws<UsageException>(() => Shard.Parse("0/3"));
    }

    [Fact]
    public void A_random_order_with_a_seed_is_the_same_every_time()
    {
        var feature = FeatureParser.Parse("ids.feature", Feature).Feature!;
        var selector = new ScenarioSelector([new SelectionArgument("ids.feature", [])], new TagExpression.True(), [], Shard.Whole, ScenarioOrder.Parse("random:7"));
        var folder = Directory.CreateTempSubdirectory("specs-order").FullName;
        File.WriteAllText(Path.Combine(folder, "ids.feature"), Feature);

        var first = selector.Select([feature], folder).Select(scenario => scenario.Pickle.Name);
        var second = selector.Select([feature], folder).Select(scenario => scenario.Pickle.Name);

        Assert.Equal(first, second);
    }

    private static List<string> Names(ParsedFeature feature, long line) =>
        feature.Pickles.Where(pickle => feature.Index.IsSelectedByLine(pickle, line)).Select(pickle => pickle.Name).ToList();
}
