using Specs.Inventory.Replication;

namespace Specs.Sim.Cluster;

/// <summary>How one seeded bug fared: the first seed whose checkers caught it, and what they reported.</summary>
public sealed record NegativeOutcome(SeededBugs Bug, ulong? CaughtBySeed, int SeedsRun, InvariantViolation? FirstViolation)
{
    public bool Caught => CaughtBySeed is not null;
}

/// <summary>
/// Tests the checkers (FoundationDB's tests/negative): each seeded bug is switched on in turn and seeds
/// are run until a checker reports a violation, up to a fixed number of seeds. A bug that survives them
/// all means a checker (or the fault mix) is too weak.
/// </summary>
public static class NegativeSuite
{
    /// <summary>Every seeded bug, one at a time.</summary>
    public static IReadOnlyList<SeededBugs> Bugs { get; } =
    [
        SeededBugs.LeaderAcksBeforeReplication,
        SeededBugs.FollowerSkipsEvent,
        SeededBugs.DeposedLeaderNotFenced,
        SeededBugs.RetryNotDeduplicated,
        SeededBugs.AcksUnsyncedJournal,
    ];

    /// <summary>Runs seeds <paramref name="seedStart"/>.. with <paramref name="bug"/> on until one fails, at most <paramref name="maxSeeds"/>.</summary>
    public static NegativeOutcome Hunt(SeededBugs bug, ulong seedStart, int maxSeeds)
    {
        for (var i = 0; i < maxSeeds; i++)
        {
            var seed = seedStart + (ulong)i;
            var result = ClusterSimulation.Run(seed, new SimulationRunOptions { Bugs = bug });
            if (!result.Passed)
            {
                return new NegativeOutcome(bug, seed, i + 1, result.Violations[0]);
            }
        }

        return new NegativeOutcome(bug, null, maxSeeds, null);
    }
}
