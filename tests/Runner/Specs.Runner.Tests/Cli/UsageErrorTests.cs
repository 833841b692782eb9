using Specs.Runner.Output;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Cli;

/// <summary>User mistakes: one line on stderr, exit code 2, never a stack trace.</summary>
[Collection(RunnerCollection.Name)]
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("unknown option --bogus (see ./specs.sh verify --help)", "Fixtures/basic", "--bogus")]
    [InlineData("--parallel (-j) is given twice (1 and 2); give it once (see ./specs.sh verify --help)", "Fixtures/basic", "-j", "1", "--parallel", "2")]
    [InlineData("--fail-fast takes no value (it is a switch: give --fail-fast or leave it out), not '--fail-fast=yes' (see ./specs.sh verify --help)", "Fixtures/basic", "--fail-fast=yes")]
    [InlineData("--fail-fast takes no value (it is a switch: give --fail-fast or leave it out), not '--fail-fast yes' (see ./specs.sh verify --help)", "Fixtures/basic", "--fail-fast", "yes")]
    [InlineData("--dry-run takes no value (it is a switch: give --dry-run or leave it out), not '--dry-run off' (see ./specs.sh verify --help)", "Fixtures/basic", "--dry-run", "off")]
    [InlineData("no such folder: Fixtures/nowhere/", "Fixtures/nowhere")]
    [InlineData("no scenarios match the selection", "Fixtures/basic", "--tags", "@nothing-has-this-tag")]
    [InlineData("--tags: Tag expression \"@a and\" could not be parsed because of syntax error: Expected operand.", "Fixtures/basic", "--tags", "@a and")]
    [InlineData("--parallel takes a whole number, not 'many'", "Fixtures/basic", "--parallel", "many")]
    [InlineData("--parallel must be between 1 and 256, not 99999999999", "Fixtures/basic", "--parallel", "99999999999")]
    [InlineData("--nodes must be between 3 and 9, not 99999999999 (a cluster needs three nodes", "Fixtures/basic", "--target", "sim", "--nodes", "99999999999")]
    [InlineData("--shard must be i/n", "Fixtures/basic", "--shard", "3/2")]
    [InlineData("--order must be defined, random or random:SEED", "Fixtures/basic", "--order", "sideways")]
    [InlineData("--order must be defined, random or random:SEED (SEED a whole number from 0 to 2147483647), not 'random:-1'", "Fixtures/basic", "--order", "random:-1")]
    [InlineData("--order random:SEED takes a seed from 0 to 2147483647, not 99999999999999999999", "Fixtures/basic", "--order", "random:99999999999999999999")]
    [InlineData("--fixed-clock must be an ISO 8601 instant", "Fixtures/basic", "--fixed-clock", "yesterday")]
    [InlineData("--fixed-clock must be an ISO 8601 instant such as 2026-01-01T00:00:00Z (without an offset it is UTC; a date alone, 2026-01-01, is its midnight UTC), not '01/02/2026'", "Fixtures/basic", "--fixed-clock", "01/02/2026")]
    [InlineData("unknown report format 'pdf'", "Fixtures/basic", "--format", "pdf:out.pdf")]
    [InlineData("Fixtures/basic/passing.feature:9999: line 9999 selects no scenario", "Fixtures/basic/passing.feature:9999")]
    [InlineData("Fixtures/basic/passing.feature:9999: line 9999 selects no scenario", "Fixtures/basic/passing.feature:8", "Fixtures/basic/passing.feature:9999")]
    [InlineData("Fixtures/basic/passing.feature:0: line 0 selects no scenario", "Fixtures/basic/passing.feature:8", "Fixtures/basic/passing.feature:0")]
    [InlineData("Fixtures/basic/passing.feature:abc: the line after the colon must be a number, not 'abc' (as in Fixtures/basic/passing.feature:17)", "Fixtures/basic/passing.feature:abc")]
    [InlineData("Fixtures/basic/passing.feature:8:x: the line after the colon must be a number, not 'x' (as in Fixtures/basic/passing.feature:17)", "Fixtures/basic/passing.feature:8:x")]
    [InlineData("--name '(.*)*Q' took more than 1 s on the scenario name", "Fixtures/basic", "--name", "(.*)*Q")]
    [InlineData("--format junit is given twice (a.xml and b.xml)", "Fixtures/basic", "--format", "junit:a.xml", "--format", "junit:b.xml")]
    [InlineData("--seeds applies to the simulated cluster: add --target sim", "Fixtures/basic", "--seeds", "3")]
    [InlineData("--nodes applies to the simulated cluster: add --target sim", "Fixtures/basic", "--nodes", "3")]
    [InlineData("--nodes must be between 3 and 9, not 1", "Fixtures/basic", "--target", "sim", "--nodes", "1")]
    [InlineData("an empty path selects nothing", "")]
    public async Task A_usage_error_is_one_line_with_exit_code_2(string message, params string[] args)
    {
        var run = await FixtureRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("specs: ", line);
        Assert.Contains(Launched(message), line);
    }

    [Theory]
    [InlineData("--out", "FILE", "is a file, not a folder")]
    [InlineData("--format", "junit:FOLDER", "is a folder, not a file")]
    [InlineData("--format", "junit:FILE/junit.xml", "is a file, not a folder")]
    [InlineData("--format", "rerun:FILE", "exists and is not a .txt file; name a new file, or a .txt file to replace")]
    [InlineData("--format", "html:/proc/cucumber.html", "cannot write in the folder /proc")]
    [InlineData("--out", "/proc", "cannot write in the folder /proc")]
    [InlineData("--out", "", "the report folder \"\" (--out, or \"out\" in specs.json): an empty path; name the folder or file to write")]
    public async Task A_report_destination_that_cannot_be_written_is_refused_before_the_run(string option, string value, string message)
    {
        var scratch = Directory.CreateTempSubdirectory("specs-usage-").FullName;
        try
        {
            var file = Path.Combine(scratch, "a-file");
            await File.WriteAllTextAsync(file, "kept", TestContext.Current.CancellationToken);
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = await SpecsCommand.RunAsync(
                ["verify", "Fixtures/basic", "--steps", typeof(UsageErrorTests).Assembly.Location, option, value.Replace("FILE", file, StringComparison.Ordinal).Replace("FOLDER", scratch, StringComparison.Ordinal)],
                output, error, adjust: options => options with { BaseDirectory = FixtureRun.BaseDirectory, Interactive = false }, stop: TestContext.Current.CancellationToken);

            Assert.Equal(2, exitCode);
            var line = Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
            Assert.Contains(message, line);
            Assert.DoesNotContain("Running", output.ToString());
            Assert.Equal("kept", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Theory]
    [InlineData("Fixtures/basic/passing.feature:8\nFixtures/basic/gone.feature:3\n", "no such file: Fixtures/basic/gone.feature (rerun file RERUN, line 2)")]
    [InlineData("Fixtures/basic/passing.feature:9999\n", "line 9999 selects no scenario (give the line of a Feature, Rule, Scenario, Examples or example row; from rerun file RERUN, line 1")]
    [InlineData("\u0001\u0002binary\n", "rerun file RERUN, line 1: not a path[:line] entry")]
    public async Task A_rerun_file_mistake_names_the_file_and_its_line(string content, string message)
    {
        var folder = Directory.CreateTempSubdirectory("specs-rerun-").FullName;
        try
        {
            var rerun = Path.Combine(folder, "rerun.txt");
            await File.WriteAllTextAsync(rerun, content, TestContext.Current.CancellationToken);

            var run = await FixtureRun.RunAsync("@" + rerun);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(message.Replace("RERUN", rerun, StringComparison.Ordinal), Assert.Single(run.Error.TrimEnd('\n').Split('\n')));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_empty_rerun_file_has_nothing_to_rerun_and_passes()
    {
        var folder = Directory.CreateTempSubdirectory("specs-rerun-").FullName;
        try
        {
            var rerun = Path.Combine(folder, "rerun.txt");
            await File.WriteAllTextAsync(rerun, "\n", TestContext.Current.CancellationToken);

            var run = await FixtureRun.RunAsync("@" + rerun);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Error);
            Assert.Equal($"Nothing to rerun: {rerun} lists no scenarios (the run that wrote it had no failing scenario)\n0 passed, 0 failed\n", run.Output.ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_run_without_step_definitions_is_refused_saying_where_they_come_from()
    {
        var folder = Directory.CreateTempSubdirectory("specs-no-steps-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "features"));
            await File.WriteAllTextAsync(Path.Combine(folder, "features", "a.feature"), "Feature: A\n  Scenario: B\n    Given a step\n", TestContext.Current.CancellationToken);
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = await SpecsCommand.RunAsync(["verify", "features"], output, error,
                // As from a folder with no specs.json (the test's own folder has the repository's above it).
                adjust: options => options with { BaseDirectory = folder, StepAssemblies = [], RulesFile = null, Interactive = false },
                stop: TestContext.Current.CancellationToken);

            Assert.Equal(2, exitCode);
            var line = Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
            Assert.Contains("no step definitions to run the scenarios with: pass --steps X.dll, or set \"steps\" in specs.json", line);
            Assert.Contains($"there is no specs.json in {folder}", line);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_step_assembly_is_a_usage_error()
    {
        var error = new StringWriter();
        var exitCode = await SpecsCommand.RunAsync(["verify", "Fixtures/basic", "--steps", "nowhere/Steps.dll"], new StringWriter(), error,
            adjust: options => options with { BaseDirectory = FixtureRun.BaseDirectory, Interactive = false }, stop: TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("specs: step assembly not found: nowhere/Steps.dll", error.ToString());
    }

    [Fact]
    public async Task Help_teaches_the_verify_command_and_exits_0()
    {
        var output = new StringWriter();
        var exitCode = await SpecsCommand.RunAsync(["verify", "--help"], output, new StringWriter(), stop: TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        foreach (var expected in new[] { "--tags", "--dry-run", "--retry", "--shard", "--fixed-clock", "FILE:LINE", "Exit codes" })
        {
            Assert.Contains(expected, output.ToString());
        }
    }

    [Fact]
    public async Task No_command_at_all_is_a_usage_error()
    {
        var error = new StringWriter();

        Assert.Equal(2, await SpecsCommand.RunAsync([], new StringWriter(), error, stop: TestContext.Current.CancellationToken));
        Assert.Equal(Launched("specs: say what to do, for example `./specs.sh verify` (see ./specs.sh --help)\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("specs: --seed takes a whole number from 0 to 18446744073709551615, not '-1' (see ./specs.sh replay --help)", "replay", "--seed", "-1")]
    [InlineData("specs: --seeds takes a whole number, not 'many' (see ./specs.sh sim --help)", "sim", "--seeds", "many")]
    [InlineData("specs: --seeds takes a whole number from -2147483648 to 2147483647, not 99999999999 (see ./specs.sh sim --help)", "sim", "--seeds", "99999999999")]
    [InlineData("specs: --rate takes a number, not 'fast' (see ./specs.sh sim --help)", "sim", "--rate", "fast")]
    public async Task A_value_of_the_wrong_kind_is_named_in_words_not_as_a_dotnet_type(string expected, params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, await SpecsCommand.RunAsync(args, new StringWriter(), error, stop: TestContext.Current.CancellationToken));
        Assert.Equal(Launched(expected), Assert.Single(error.ToString().TrimEnd('\n').Split('\n')));
    }

    [Theory]
    [InlineData("verify", "--target", "sim")]
    [InlineData("sim")]
    [InlineData("replay", "--seed", "1")]
    public async Task Every_command_allows_the_same_cluster_sizes(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, await SpecsCommand.RunAsync([.. args, "--nodes", "10"], new StringWriter(), error,
            adjust: options => options with { BaseDirectory = FixtureRun.BaseDirectory, Interactive = false }, stop: TestContext.Current.CancellationToken));
        Assert.Equal("specs: --nodes must be between 3 and 9, not 10 (a cluster needs three nodes to keep a majority through a fault)", Assert.Single(error.ToString().TrimEnd('\n').Split('\n')));
    }

    [Theory]
    [InlineData("verify")]
    [InlineData("sim")]
    [InlineData("docs")]
    [InlineData("hunt")]
    [InlineData("replay")]
    [InlineData("faults")]
    [InlineData("merge")]
    public async Task Every_command_names_an_unknown_option_the_same_way(string command)
    {
        var error = new StringWriter();

        Assert.Equal(2, await SpecsCommand.RunAsync([command, "--bogus"], new StringWriter(), error, stop: TestContext.Current.CancellationToken));
        Assert.Equal(Launched($"specs: unknown option --bogus (see ./specs.sh {command} --help)"), Assert.Single(error.ToString().TrimEnd('\n').Split('\n')));
    }

    [Theory]
    [InlineData("verfy", "specs: unknown command 'verfy'; did you mean verify? (commands: verify, ")]
    [InlineData("replya", "specs: unknown command 'replya'; did you mean replay? (commands: ")]
    [InlineData("deploy", "specs: unknown command 'deploy' (commands: verify, ")]
    public async Task A_mistyped_command_is_named_with_the_one_it_is_near(string typed, string expected)
    {
        var error = new StringWriter();

        Assert.Equal(2, await SpecsCommand.RunAsync([typed], new StringWriter(), error, stop: TestContext.Current.CancellationToken));
        Assert.StartsWith(expected, Assert.Single(error.ToString().TrimEnd('\n').Split('\n')));
    }

    // The parser's own words were "Unrecognized command or argument 'foo'.", "Option '--seed' is required." and
    // "Required argument 'reports' missing for command: 'merge'.".
    [Theory]
    [InlineData("specs: sim takes options only, no words such as 'foo' (see ./specs.sh sim --help)", "sim", "foo")]
    [InlineData("specs: hunt takes options only, no words such as 'foo' (see ./specs.sh hunt --help)", "hunt", "foo")]
    [InlineData("specs: sim takes options only, no words such as 'seeds'; did you mean --seeds? (see ./specs.sh sim --help)", "sim", "seeds", "5")]
    [InlineData("specs: faults takes options only, no words such as '10' (see ./specs.sh faults --help)", "faults", "--seeds", "5", "10")]
    [InlineData("specs: --seed is required (see ./specs.sh replay --help)", "replay")]
    [InlineData("specs: merge needs its reports: give at least one (see ./specs.sh merge --help)", "merge")]
    public async Task A_stray_word_or_a_missing_required_value_is_said_in_our_words(string expected, params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, await SpecsCommand.RunAsync(args, new StringWriter(), error, stop: TestContext.Current.CancellationToken));
        Assert.Equal(Launched(expected), Assert.Single(error.ToString().TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public async Task A_folder_where_a_schedule_file_goes_and_a_file_where_the_regressions_folder_goes_are_named_as_such()
    {
        var folder = Directory.CreateTempSubdirectory("specs-schedule-").FullName;
        var file = Path.Combine(folder, "minimal.json");
        File.WriteAllText(file, "{}");
        try
        {
            string[][] runs = [["replay", "--seed", "1", "--schedule", folder], ["verify", "Fixtures/basic", "--target", "sim", "--schedule", folder], ["faults", "--seeds", "1", "--regressions", file]];
            var lines = new List<string>();
            foreach (var args in runs)
            {
                var error = new StringWriter();
                Assert.Equal(2, await SpecsCommand.RunAsync(args, new StringWriter(), error, stop: TestContext.Current.CancellationToken));
                lines.Add(Assert.Single(error.ToString().TrimEnd('\n').Split('\n')));
            }

            Assert.StartsWith($"specs: --schedule {folder} is a folder; give one schedule file (a .json in it)", lines[0], StringComparison.Ordinal);
            Assert.StartsWith($"specs: --schedule {folder} is a folder; give one schedule file (a .json in it)", lines[1], StringComparison.Ordinal);
            Assert.StartsWith($"specs: --regressions {file} is a file; give the folder of regression schedules", lines[2], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// A hint as this test process prints it: run from the test's output folder inside the repository, the tool names the
    /// launcher as the path up to it (<see cref="Launcher.From(string)"/>), not ./specs.sh.
    /// </summary>
    private static string Launched(string message) => message.Replace(Launcher.AtRoot, Launcher.From(Directory.GetCurrentDirectory()), StringComparison.Ordinal);

    [Theory]
    [InlineData("specs")]
    [InlineData("./specs.sh")]
    public async Task A_hint_and_the_help_examples_name_the_tool_as_it_was_launched(string launcher)
    {
        var error = new StringWriter();
        var help = new StringWriter();

        Assert.Equal(2, await SpecsCommand.RunAsync(["sim", "--bogus"], new StringWriter(), error, launcher: launcher, stop: TestContext.Current.CancellationToken));
        Assert.Equal(0, await SpecsCommand.RunAsync(["faults", "--help"], help, new StringWriter(), launcher: launcher, stop: TestContext.Current.CancellationToken));

        Assert.Equal($"specs: unknown option --bogus (see {launcher} sim --help)", Assert.Single(error.ToString().TrimEnd('\n').Split('\n')));
        Assert.Contains($"  {launcher} faults --seeds 1000 ", help.ToString(), StringComparison.Ordinal);
        if (launcher != Launcher.AtRoot)
        {
            Assert.DoesNotContain(Launcher.AtRoot, help.ToString(), StringComparison.Ordinal);
        }
    }
}
