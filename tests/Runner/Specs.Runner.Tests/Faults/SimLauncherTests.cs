using Specs.Runner.Output;

namespace Specs.Runner.Tests.Faults;

/// <summary>
/// `specs sim` prints a failing seed's reproduction with the tool as the user launched it: installed as a .NET tool it
/// said ./specs.sh, a file the user does not have, though the rerun line of verify already said specs.
/// </summary>
public sealed class SimLauncherTests
{
    [Theory]
    [InlineData("specs")]
    [InlineData("./specs.sh")]
    public async Task A_failing_seed_and_a_caught_seeded_bug_print_their_replay_as_the_tool_was_launched(string launcher)
    {
        var batch = new StringWriter();
        var negative = new StringWriter();

        // FollowerSkipsEvent breaks exactly-once on seed 1 whatever the faults.
        await SpecsCommand.RunAsync(["sim", "--seeds", "1", "--bug", "FollowerSkipsEvent"], batch, new StringWriter(), launcher: launcher, stop: TestContext.Current.CancellationToken);
        await SpecsCommand.RunAsync(["sim", "--seeds", "1", "--negative"], negative, new StringWriter(), launcher: launcher, stop: TestContext.Current.CancellationToken);

        Assert.Contains($"  reproduce: {launcher} replay --seed 1 --bug FollowerSkipsEvent\n", batch.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"  or from its schedule: {launcher} replay --seed 1 --bug FollowerSkipsEvent --schedule ", batch.ToString(), StringComparison.Ordinal);
        Assert.Contains($"  reproduce: {launcher} replay --seed 1 --bug FollowerSkipsEvent\n", negative.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        if (launcher != Launcher.AtRoot)
        {
            Assert.DoesNotContain(Launcher.AtRoot, batch.ToString() + negative.ToString(), StringComparison.Ordinal);
        }
    }
}
