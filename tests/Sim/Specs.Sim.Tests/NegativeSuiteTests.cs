using Specs.Inventory.Replication;
using Specs.Sim.Cluster;

namespace Specs.Sim.Tests;

/// <summary>Tests the checkers: every seeded bug must be caught within a fixed number of seeds.</summary>
public sealed class NegativeSuiteTests
{
    private const int MaxSeedsPerBug = 16;

    [Fact]
    public void Every_seeded_bug_is_caught_within_a_fixed_number_of_seeds()
    {
        var missed = NegativeSuite.Bugs
            .Select(bug => NegativeSuite.Hunt(bug, 1, MaxSeedsPerBug))
            .Where(outcome => !outcome.Caught)
            .Select(outcome => outcome.Bug)
            .ToList();

        Assert.Empty(missed);
    }

    [Theory]
    [InlineData(SeededBugs.FollowerSkipsEvent, "exactly-once")]
    [InlineData(SeededBugs.RetryNotDeduplicated, "exactly-once")]
    public void A_seeded_bug_is_reported_by_the_checker_of_the_invariant_it_breaks(SeededBugs bug, string invariant)
    {
        var outcome = NegativeSuite.Hunt(bug, 1, MaxSeedsPerBug);

        Assert.True(outcome.Caught);
        Assert.Equal(invariant, outcome.FirstViolation!.Invariant);
    }
}
