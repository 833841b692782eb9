namespace Specs.Runner.Tests.Faults;

/// <summary>`specs replay` end to end: what it prints and how it ends for a seed.</summary>
public sealed class ReplayCommandTests
{
    [Fact]
    public async Task A_determinism_check_of_a_seed_that_breaks_an_invariant_fails_and_names_the_invariant()
    {
        var output = new StringWriter();

        var exit = await SpecsCommand.RunAsync(["replay", "--seed", "9", "--bug", "FollowerSkipsEvent", "--check-determinism"], output, new StringWriter(), stop: TestContext.Current.CancellationToken);

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(1, exit);
        Assert.StartsWith("seed 9: deterministic,", lines[0]);
        Assert.StartsWith("  ", lines[1]);
        Assert.Equal("0 passed, 1 failed", lines[^1]);
    }

    [Fact]
    public async Task A_determinism_check_of_a_seed_that_holds_passes()
    {
        var output = new StringWriter();

        var exit = await SpecsCommand.RunAsync(["replay", "--seed", "2", "--check-determinism"], output, new StringWriter(), stop: TestContext.Current.CancellationToken);

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(0, exit);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("seed 2: deterministic,", lines[0]);
        Assert.Equal("1 passed, 0 failed", lines[1]);
    }
}
