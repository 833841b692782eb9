using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Scenarios.Invariants;

namespace Specs.Runner.Hunting;

/// <summary>A past event of a found scenario: where it is, when it was recorded, what it says.</summary>
internal sealed record PastEvent(string Stream, long AtUnixMs, IEventContract Payload);

/// <summary>
/// A failing history in the shape of a scenario: past events (Given), one request (When) at a time. This is what
/// <see cref="FoundScenario"/> writes, and what <see cref="Reduce"/> makes minimal by running it the way the runner
/// runs a scenario: past events delivered as recorded history, the node started on them, the When submitted.
/// </summary>
internal sealed record FoundCase(IReadOnlyList<PastEvent> Given, PipelineRequest When, long WhenAtUnixMs)
{
    /// <summary>The invariants a scenario's Then step can check (the others compare runs).</summary>
    private static readonly HashSet<string> StateInvariants =
    [
        InvariantIds.OnHandNeverNegative, InvariantIds.LocationsSumToTotal, InvariantIds.AvailableByFormula,
        InvariantIds.ExplainedByEvents, InvariantIds.HoldsExpireOnTime, InvariantIds.KitAvailabilityByFormula,
    ];

    /// <summary>The scenario of a history's failing step: the events of every step before it, and the step itself.</summary>
    public static FoundCase Of(HistoryOutcome outcome)
    {
        var failing = outcome.Failure!.StepIndex;
        var given = outcome.Executed.Take(failing).SelectMany(step => step.Events).Select(recorded => new PastEvent(recorded.Stream, recorded.RecordedAtUnixMs, recorded.Payload)).ToList();
        var at = failing == 0 ? HuntVocabulary.StartUnixMs : outcome.Executed[failing - 1].AtUnixMs;
        return new FoundCase(given, outcome.Executed[failing].Request, at);
    }

    /// <summary>
    /// Removes past events, in halves down to single ones, while the scenario still breaks <paramref name="invariant"/>
    /// only after its When (its past alone must hold every invariant, so the When stays the cause). Only for the
    /// invariants a scenario's Then checks; the others keep the case as it is.
    /// </summary>
    public (FoundCase Case, int Runs) Reduce(HuntTarget target, string invariant, int maxRuns = 400)
    {
        if (!StateInvariants.Contains(invariant) || !Breaks(target, this, invariant))
        {
            return (this, 0);
        }

        var best = this;
        var runs = 0;
        var chunk = Math.Max(1, best.Given.Count / 2);
        while (runs < maxRuns && best.Given.Count > 0)
        {
            var removedAny = false;
            for (var start = 0; start < best.Given.Count && runs < maxRuns;)
            {
                var candidate = best with { Given = [.. best.Given.Take(start), .. best.Given.Skip(start + chunk)] };
                runs++;
                if (Breaks(target, candidate, invariant))
                {
                    best = candidate;
                    removedAny = true;
                }
                else
                {
                    start += chunk;
                }
            }

            if (chunk == 1 && !removedAny)
            {
                break;
            }

            chunk = Math.Max(1, chunk / 2);
        }

        return (best, runs);
    }

    /// <summary>Runs the case as the runner runs a scenario: true when its past holds every invariant and the When breaks <paramref name="invariant"/>.</summary>
    internal static bool Breaks(HuntTarget target, FoundCase found, string invariant)
    {
        var clock = new ManualClock(found.WhenAtUnixMs);
        using var system = target.CreateCase(new ScenarioSystemContext(new ScenarioIdentity("found", 0, "found case"), clock, new DeterministicIds(1)));
        system.Deliver([.. found.Given.Select((past, i) => new GivenEvent(new Guid(i, 0x4855, 0x4e54, new byte[8]), past.Stream, past.AtUnixMs, past.Payload))]);
        try
        {
            system.Start();
            if (system.Read(transaction => InventoryInvariants.Check(transaction, InventoryInvariants.LedgerOf(transaction), found.WhenAtUnixMs)).Count > 0)
            {
                return false;
            }

            var result = system.Submit(found.When);
            var now = result is ClockAdvanced advanced ? advanced.NowUnixMs : found.WhenAtUnixMs;
            return system.Read(transaction => InventoryInvariants.Check(transaction, InventoryInvariants.LedgerOf(transaction), now))
                .Any(violation => violation.Invariant == invariant);
        }
        catch (Exception)
        {
            // A past that the node cannot start on, or a When that crashes, is not the failure being reduced.
            return false;
        }
    }
}
