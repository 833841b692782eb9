using System.Text.Json.Nodes;
using Specs.Inventory.Domain;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>
/// The negative check: each seeded domain bug is found within the default number of histories, shrunk to a
/// scenario of a few steps, and that scenario fails under `specs verify` on the same invariant while the bug is
/// planted, and passes once it is not.
/// </summary>
[Collection(HuntCollection.Name)]
public sealed class PlantedBugHuntTests
{
    /// <summary>Past events a found scenario may keep and still count as "a few steps".</summary>
    private const int FewSteps = 8;

    [Theory]
    [InlineData("pick-keeps-location", "explained-by-events")]
    [InlineData("hold-never-expires", "holds-expire-on-time")]
    [InlineData("kit-ignores-last-component", "kit-availability-by-formula")]
    public async Task A_planted_bug_is_found_shrunk_and_its_scenario_fails_on_the_same_invariant(string bugName, string invariant)
    {
        Assert.True(PlantedBugs.TryParse(bugName, out var bug));
        Assert.Equal(invariant, PlantedBugInvariants.Of(bug)); // what the hunt requires to call the bug found
        var outDirectory = HuntFixture.TemporaryFolder();
        var output = new StringWriter();

        var exitCode = HuntRun.Run(new HuntOptions(Histories: null, TimeBudget: null, Seed: 1, "lmdb", outDirectory, [bug]), output, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode); // with a bug planted, finding it is the negative check passing
        Assert.False(PlantedBugs.IsOn(bug)); // the hunt switches its bugs off again
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(outDirectory, "hunt.json")))!;
        Assert.Equal(invariant, (string?)report["failure"]!["invariant"]);
        Assert.True((int)report["histories"]! <= HuntOptions.DefaultHistories);
        Assert.InRange((int)report["failure"]!["scenarioPastEvents"]!, 0, FewSteps);
        Assert.True((int)report["failure"]!["lengthAfter"]! < (int)report["failure"]!["lengthBefore"]!);
        var feature = Assert.Single(Directory.GetFiles(outDirectory, "found-*.feature"));
        Assert.Contains(feature, output.ToString(), StringComparison.Ordinal);
        // The reproduction names the report folder when it is not the default, so it does not write beside another hunt's.
        var reproduction = $"specs.sh hunt --seed {(string?)report["failure"]!["seed"]} --histories 1 --target lmdb --plant {bugName} --out {outDirectory}";
        Assert.Contains(reproduction + "\n", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(reproduction, (string?)report["failure"]!["reproduce"], StringComparison.Ordinal);

        var planted = await HuntFixture.VerifyAsync(feature, [bug]);
        Assert.Equal(1, planted.ExitCode);
        Assert.Contains($"[{invariant}]", planted.JUnit, StringComparison.Ordinal);

        var healthy = await HuntFixture.VerifyAsync(feature, []);
        Assert.Equal(0, healthy.ExitCode);
    }

    [Fact]
    public void The_original_history_of_a_finding_reproduces_with_its_seed_alone()
    {
        var first = HuntFixture.TemporaryFolder();
        HuntRun.Run(new HuntOptions(null, null, 1, "lmdb", first, [PlantedBug.HoldNeverExpires]), new StringWriter(), TestContext.Current.CancellationToken);
        var seed = ulong.Parse((string)JsonNode.Parse(File.ReadAllText(Path.Combine(first, "hunt.json")))!["failure"]!["seed"]!, System.Globalization.CultureInfo.InvariantCulture);

        // Run as an installed .NET tool (`specs hunt` gives its launcher): the reproduction and the found scenario's
        // verify line name `specs`, not ./specs.sh, a file the user does not have.
        var again = HuntFixture.TemporaryFolder();
        var output = new StringWriter();
        var exitCode = HuntRun.Run(new HuntOptions(1, null, seed, "lmdb", again, [PlantedBug.HoldNeverExpires]) { Launcher = "specs" }, output, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode); // with a bug planted, finding it is the negative check passing
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(again, "hunt.json")))!;
        Assert.Equal(1, (int)report["histories"]!);
        Assert.Equal("holds-expire-on-time", (string?)report["failure"]!["invariant"]);
        Assert.StartsWith($"specs hunt --seed {seed} --histories 1 ", (string?)report["failure"]!["reproduce"], StringComparison.Ordinal);
        var feature = File.ReadAllText(Assert.Single(Directory.GetFiles(again, "found-*.feature")));
        Assert.Contains($"# Run this scenario: SPECS_PLANTED_BUGS=hold-never-expires specs verify {Path.Combine(again, $"found-{seed}.feature")}\n", feature.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("specs.sh", output.ToString() + feature, StringComparison.Ordinal);
    }
}
