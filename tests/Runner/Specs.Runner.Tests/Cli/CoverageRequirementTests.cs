using Specs.Runner.Cli;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Cli;

/// <summary>
/// specs.json's requireCoverage is a rule for the whole corpus: a run narrowed by paths, tags, names or a shard
/// does not apply it (and says so); --require-coverage on the command line always applies.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class CoverageRequirementTests
{
    [Fact]
    public void Specs_json_require_coverage_applies_to_a_run_of_the_whole_corpus()
    {
        var options = Options(["specs"], """{ "requireCoverage": true }""");

        Assert.True(options.RequireCoverage);
        Assert.Null(options.RequireCoverageSkipped);
    }

    [Fact]
    public void Naming_the_configured_paths_again_is_still_the_whole_corpus()
    {
        var options = Options(["specs/", "--shard", "1/1"], """{ "requireCoverage": true }""");

        Assert.True(options.RequireCoverage);
    }

    [Theory]
    [InlineData("specs/catalog", "paths specs/catalog")]
    [InlineData("--tags=@smoke", "--tags @smoke")]
    [InlineData("--name=cancel", "--name cancel")]
    [InlineData("--shard=2/3", "--shard 2/3")]
    public void Specs_json_require_coverage_is_not_applied_to_a_partial_run(string argument, string reason)
    {
        var options = Options([argument], """{ "requireCoverage": true }""");

        Assert.False(options.RequireCoverage);
        Assert.Equal(reason, options.RequireCoverageSkipped);
    }

    [Fact]
    public void Require_coverage_on_the_command_line_applies_to_a_partial_run()
    {
        var options = Options(["specs/catalog", "--require-coverage"], "{}");

        Assert.True(options.RequireCoverage);
        Assert.Null(options.RequireCoverageSkipped);
    }

    [Fact]
    public void A_partial_run_without_require_coverage_in_specs_json_says_nothing_about_it()
    {
        var options = Options(["specs/catalog"], """{ "requireCoverage": false }""");

        Assert.False(options.RequireCoverage);
        Assert.Null(options.RequireCoverageSkipped);
    }

    [Fact]
    public async Task The_console_says_when_the_coverage_requirement_was_not_applied()
    {
        var run = await FixtureRun.RunAsync(
            options => options with { RequireCoverageSkipped = "paths Fixtures/coverage/coverage.feature" },
            "Fixtures/coverage/coverage.feature", "--rules", "Fixtures/coverage/rules.md");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("; requireCoverage (specs.json) not applied: paths Fixtures/coverage/coverage.feature select part of the corpus", run.Output.TrimEnd('\n').Split('\n')[^2]);
    }

    private static VerifyOptions Options(string[] arguments, string specsJson)
    {
        var folder = Directory.CreateTempSubdirectory("specs-coverage-requirement-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "specs.json"), specsJson);
            var command = new VerifyCommand();
            return command.ToOptions(command.Build((_, _) => Task.FromResult(0)).Parse(arguments), folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
