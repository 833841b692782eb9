using Specs.Inventory.Diagnostics;
using Specs.Inventory.Replication;
using Specs.Sim.Cluster;

namespace Specs.Sim.Shrinking;

/// <summary>A shrunk failure: the schedule it started from, the smallest one that still breaks the same invariant, and their runs.</summary>
public sealed record ShrinkOutcome(
    string Invariant,
    FaultSchedule Original,
    SimulationResult OriginalResult,
    FaultSchedule Minimal,
    SimulationResult MinimalResult,
    int Runs,
    bool BudgetExhausted);

/// <summary>
/// Shrinks a failing run's fault schedule to a minimal one that still breaks the same invariant (the
/// first one the failing run reported). Steps, each keeping only changes that still fail: delta
/// debugging over the whole fault list; fewer nodes; fewer clients and a shorter chaos phase (fewer
/// commands); weaker faults (shorter partitions, crashes, delays). Every step is a real run of the
/// simulator, driven by the candidate schedule, so the minimal schedule replays as it is. Every candidate
/// carries the failing run's per-client command counts as caps, so no client of a shrunk run issues more
/// commands than it did in the failing run: commands before and after never grow.
/// </summary>
public static class ScheduleShrinker
{
    /// <summary>The shortest a fault lasts after weakening, in ticks.</summary>
    public const long ShortestDuration = 1;

    /// <summary>Shrinks <paramref name="failing"/> (a run with <paramref name="bugs"/> on) in at most <paramref name="maxRuns"/> simulator runs.</summary>
    public static ShrinkOutcome Shrink(SimulationResult failing, SeededBugs bugs, int maxRuns)
    {
        ArgumentNullException.ThrowIfNull(failing);
        Invariant.Assert(!failing.Passed, "only a failing run can be shrunk");
        var invariant = failing.Violations[0].Invariant;
        var seed = failing.Seed;
        // Cap every client at what it issued in the failing run before removing anything: with fewer faults the
        // random workload may otherwise run further (more commands), and a shrink must never grow the run.
        var best = failing.Schedule with { ClientCommandLimits = failing.Schedule.ClientCommandLimits ?? CommandsPerClient(failing) };
        var bestResult = failing;
        var runs = 0;

        bool Fails(FaultSchedule candidate)
        {
            runs++;
            var result = ClusterSimulation.Run(seed, new SimulationRunOptions { Bugs = bugs, Schedule = candidate });
            if (!result.Violations.Any(violation => violation.Invariant == invariant))
            {
                return false;
            }

            best = candidate;
            bestResult = result;
            return true;
        }

        bool Budget() => runs < maxRuns;

        // 1. Delta debugging over the whole list (most of the budget: it removes the most).
        var reduced = DeltaDebugging.Minimize(
            best.Faults,
            faults => Fails(best with { Faults = faults }),
            Math.Max(0, (maxRuns * 3 / 4) - runs));
        var exhausted = reduced.Exhausted;

        // 2. Fewer nodes: a five-node cluster that fails may fail with three (faults on nodes 3 and 4 then do nothing).
        var nodes = bestResult.Configuration.NodeCount;
        for (var smaller = 3; smaller < nodes && Budget(); smaller += 2)
        {
            if (Fails(best with { NodeCount = smaller }))
            {
                break;
            }
        }

        // 3. Fewer commands: fewer clients, then a chaos phase cut in halves, never before the last timed fault ends.
        var clients = bestResult.Configuration.ClientCount;
        for (var fewer = 1; fewer < clients && Budget(); fewer++)
        {
            if (Fails(best with { ClientCount = fewer }))
            {
                break;
            }
        }

        var lastFaultEnds = best.Faults.Where(IsTimed).Select(fault => fault.At + fault.Duration + 1).DefaultIfEmpty(1).Max();
        var chaos = bestResult.Configuration.ChaosTicks;
        while (chaos / 2 >= lastFaultEnds && Budget() && Fails(best with { ChaosTicks = chaos / 2 }))
        {
            chaos /= 2;
        }

        // 4. Weaker faults: halve each fault's duration while it still fails.
        for (var index = 0; index < best.Faults.Count && Budget(); index++)
        {
            while (Budget() && best.Faults[index].Duration / 2 >= ShortestDuration)
            {
                var faults = best.Faults.ToList();
                faults[index] = faults[index] with { Duration = faults[index].Duration / 2 };
                if (!Fails(best with { Faults = faults }))
                {
                    break;
                }
            }
        }

        return new ShrinkOutcome(invariant, failing.Schedule, failing, best, bestResult, runs, exhausted || !Budget());
    }

    /// <summary>The commands each client of <paramref name="run"/> issued, by client index.</summary>
    public static IReadOnlyList<int> CommandsPerClient(SimulationResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var counts = new int[run.Configuration.ClientCount];
        foreach (var operation in run.Operations.Values)
        {
            counts[operation.Client]++;
        }

        return counts;
    }

    private static bool IsTimed(FaultEntry fault) =>
        fault.Kind is not (FaultKind.MessageDrop or FaultKind.MessageDelay or FaultKind.MessageDuplicate or FaultKind.FaultPoint);
}
