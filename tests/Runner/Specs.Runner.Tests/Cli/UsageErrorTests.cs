using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Cli;

/// <summary>User mistakes: one line on stderr, exit code 2, never a stack trace.</summary>
[Collection(RunnerCollection.Name)]
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("unknown option --bogus", "Fixtures/basic", "--bogus")]
    [InlineData("no such folder: Fixtures/nowhere/", "Fixtures/nowhere")]
    [InlineData("no scenarios match the selection", "Fixtures/basic", "--tags", "@nothing-has-this-tag")]
    [InlineData("--tags: Tag expression \"@a and\" could not be parsed because of syntax error: Expected operand.", "Fixtures/basic", "--tags", "@a and")]
    [InlineData("--parallel takes a whole number, not 'many'", "Fixtures/basic", "--parallel", "many")]
    [InlineData("--shard must be i/n", "Fixtures/basic", "--shard", "3/2")]
    [InlineData("--order must be defined, random or random:SEED", "Fixtures/basic", "--order", "sideways")]
    [InlineData("--fixed-clock must be an ISO 8601 instant", "Fixtures/basic", "--fixed-clock", "yesterday")]
    [InlineData("unknown report format 'pdf'", "Fixtures/basic", "--format", "pdf:out.pdf")]
    public async Task A_usage_error_is_one_line_with_exit_code_2(string message, params string[] args)
    {
        var run = await FixtureRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("specs: ", line);
        Assert.Contains(message, line);
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
        Assert.Contains("specs verify", error.ToString());
    }
}
