using Specs.Runner.Tests.Hunting;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Acceptance;

/// <summary>A spec writer's mistake in a table cell, run through the corpus's own step definitions, is named by column and text.</summary>
[Collection(RunnerCollection.Name)]
public sealed class CorpusStepMistakeTests
{
    [Fact]
    public async Task A_number_cell_that_is_not_a_whole_number_names_its_column_and_text()
    {
        var folder = HuntFixture.TemporaryFolder();
        try
        {
            Directory.CreateDirectory(folder);
            var feature = Path.Combine(folder, "kit.feature");
            await File.WriteAllTextAsync(feature, """
                Feature: A kit
                  Scenario: A kit made of a mistyped number
                    Given the kit "GIFT-SET" is made of:
                      | component | units |
                      | MUG       | two   |
                    When the merchant defines the kit "HAMPER" as:
                      | component | units |
                      | MUG       | 1     |
                    Then the kit "HAMPER" is recorded as made of:
                      | component | units |
                      | MUG       | 1     |
                """, TestContext.Current.CancellationToken);
            var output = new StringWriter();

            var exitCode = await SpecsCommand.RunAsync(
                ["verify", feature, "--steps", HuntFixture.StepsAssembly, "--out", Path.Combine(folder, "out"), "--parallel", "1"],
                output, new StringWriter(), adjust: options => options with { Interactive = false }, stop: TestContext.Current.CancellationToken);

            Assert.Equal(1, exitCode);
            Assert.Contains("The 'units' column holds 'two', which is not a whole number", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
