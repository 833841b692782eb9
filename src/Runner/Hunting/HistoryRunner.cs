using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Scenarios.Invariants;
using Specs.Inventory.Views.Stock;
using Specs.Runner.Targets;

namespace Specs.Runner.Hunting;

/// <summary>One step as it ran: the request it became, the answer, the events it recorded, and the time it ran at.</summary>
internal sealed record ExecutedStep(int Index, HistoryStep Step, PipelineRequest Request, PipelineResult? Result, long AtUnixMs, IReadOnlyList<RecordedEvent> Events);

/// <summary>The first invariant a history broke: which, what was found, and at which step (index into the executed steps).</summary>
internal sealed record HuntFailure(string Invariant, string Detail, int StepIndex);

/// <summary>How one history went: the steps that ran (up to the failing one) and the failure, if any.</summary>
internal sealed record HistoryOutcome(IReadOnlyList<ExecutedStep> Executed, HuntFailure? Failure, bool CommuteChecked);

/// <summary>
/// Runs a history on a fresh system of the target and checks the oracles after every step: the store's
/// invariants (<see cref="InventoryInvariants"/>), that a refused command (or one with nothing to record) changes
/// no view, that a retry with the same key returns the first answer and changes nothing; at the end, that the
/// views rebuilt from the log equal the live ones, and, for some histories, that two adjacent commands on
/// unrelated SKUs give the same stock in either order. Stops at the first broken invariant.
/// </summary>
internal sealed class HistoryRunner(HuntTarget target)
{
    /// <summary>Commands whose effect is confined to their one SKU: the pairs the commutation check swaps.</summary>
    private static readonly HashSet<string> SingleSkuCommands = new(StringComparer.Ordinal) { "AddItem", "RemoveItem", "MoveItem", "SetItemQuantity" };

    public HistoryOutcome Run(IReadOnlyList<HistoryStep> history, ulong seed, bool checkCommute)
    {
        var clock = new ManualClock(HuntVocabulary.StartUnixMs);
        using var system = target.Create(new ScenarioSystemContext(new ScenarioIdentity("hunt", 0, $"history {seed}"), clock, new DeterministicIds(seed)));
        system.Start();
        var world = new HuntWorld(system);
        var ledger = new StockLedger();
        var executed = new List<ExecutedStep>(history.Count);
        var views = system.SnapshotViews();
        SubmitCommand? previous = null;
        for (var i = 0; i < history.Count; i++)
        {
            var step = history[i];
            PipelineRequest request;
            switch (step.Kind)
            {
                case StepKind.Retry when previous is null:
                    continue;
                case StepKind.Retry:
                    request = previous!;
                    break;
                case StepKind.AdvanceClock:
                    request = new AdvanceClock(NextTime(world, new Draw(step.Seed)));
                    break;
                default:
                    var command = CommandMaker.Make(step, world);
                    request = previous = new SubmitCommand(command, $"hunt-{i}");
                    break;
            }

            var headBefore = system.Head;
            PipelineResult result;
            try
            {
                result = system.Submit(request);
            }
            catch (Exception error)
            {
                executed.Add(new ExecutedStep(i, step, request, null, world.NowUnixMs, []));
                return new HistoryOutcome(executed, new HuntFailure("no-crash", $"{error.GetType().Name}: {error.Message}", executed.Count - 1), false);
            }

            if (result is ClockAdvanced advanced)
            {
                world.NowUnixMs = advanced.NowUnixMs;
                clock.AdvanceTo(advanced.NowUnixMs);
            }

            var events = system.EventsAfter(headBefore);
            foreach (var recorded in events)
            {
                world.Learn(recorded.Payload);
                ledger.Apply(recorded.Payload);
            }

            executed.Add(new ExecutedStep(i, step, request, result, world.NowUnixMs, events));
            var viewsAfter = system.SnapshotViews();
            var failure = CheckStep(step, result, events, views, viewsAfter)
                ?? (system.Read(transaction => InventoryInvariants.Check(transaction, ledger, world.NowUnixMs)) is [var violation, ..]
                    ? new HuntFailure(violation.Invariant, violation.Detail, 0)
                    : null);
            if (failure is not null)
            {
                return new HistoryOutcome(executed, failure with { StepIndex = executed.Count - 1 }, false);
            }

            views = viewsAfter;
        }

        var replay = system.CheckReplay();
        if (!replay.Matches)
        {
            return new HistoryOutcome(executed, new HuntFailure(InvariantIds.ReplayEquality, $"a view rebuilt from the log differs from the live one: {replay.FirstDifference}", executed.Count - 1), false);
        }

        // The sim target runs the whole history on its clusters only now: cluster invariants and model equivalence.
        if (system is IClusterCheckedSystem cluster && cluster.CheckCluster() is { } broken)
        {
            return new HistoryOutcome(executed, new HuntFailure(broken.Invariant, broken.Detail, broken.RequestIndex ?? (executed.Count - 1)), false);
        }

        if (checkCommute && CheckCommute(executed, seed) is { } commute)
        {
            return new HistoryOutcome(executed, commute, true);
        }

        return new HistoryOutcome(executed, null, checkCommute);
    }

    /// <summary>Where a step of time lands: often exactly on an expiry coming up (or a millisecond before), else a step from the pool.</summary>
    private static long NextTime(HuntWorld world, Draw draw)
    {
        var coming = world.Expiries.GetViewBetween(world.NowUnixMs + 1, long.MaxValue).ToList();
        if (coming.Count > 0 && draw.Chance(0.6))
        {
            var expiry = draw.Pick(coming);
            return draw.Chance(0.75) ? expiry : Math.Max(world.NowUnixMs + 1, expiry - 1);
        }

        return world.NowUnixMs + draw.Pick(HuntVocabulary.TimeSteps);
    }

    private static HuntFailure? CheckStep(HistoryStep step, PipelineResult result, IReadOnlyList<RecordedEvent> events, ViewSnapshot before, ViewSnapshot after)
    {
        if (step.Kind == StepKind.Retry)
        {
            if (result is not CommandOutcome { IsRepeat: true })
            {
                return new HuntFailure(InvariantIds.IdempotentRepeat, $"a retry with the same key was not answered as a repeat: {Describe(result)}.", 0);
            }

            if (events.Count > 0)
            {
                return new HuntFailure(InvariantIds.IdempotentRepeat, $"a retry with the same key recorded {events.Count} event(s), the first {events[0].Payload.GetType().Name}.", 0);
            }

            return before.FirstDifference(after) is { } changed
                ? new HuntFailure(InvariantIds.IdempotentRepeat, $"a retry with the same key changed a view: {changed}", 0)
                : null;
        }

        if (result is CommandOutcome { Response: { Status: CommandStatus.Refused } or { Status: CommandStatus.Accepted, EventCount: 0 } } outcome)
        {
            var what = outcome.Response.Status == CommandStatus.Refused ? $"a command refused with {outcome.Response.Refusal!.GetType().Name}" : "a command accepted with nothing to record";
            if (events.Count > 0)
            {
                return new HuntFailure(InvariantIds.RefusalChangesNothing, $"{what} recorded {events[0].Payload.GetType().Name}.", 0);
            }

            if (before.FirstDifference(after) is { } changed)
            {
                return new HuntFailure(InvariantIds.RefusalChangesNothing, $"{what} changed a view: {changed}", 0);
            }
        }

        return null;
    }

    /// <summary>
    /// Swaps the last adjacent pair of accepted single-SKU commands on different SKUs and reruns both orders up to
    /// the pair on fresh systems: each SKU's stock must come out the same.
    /// </summary>
    private HuntFailure? CheckCommute(IReadOnlyList<ExecutedStep> executed, ulong seed)
    {
        for (var i = executed.Count - 2; i >= 0; i--)
        {
            if (SkuOf(executed[i]) is not { } first || SkuOf(executed[i + 1]) is not { } second || string.Equals(first, second, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var prefix = executed.Take(i).Select(step => step.Request).ToList();
            var inOrder = StockAfter([.. prefix, executed[i].Request, executed[i + 1].Request], seed, first, second);
            var swapped = StockAfter([.. prefix, executed[i + 1].Request, executed[i].Request], seed, first, second);
            return inOrder == swapped ? null : new HuntFailure(InvariantIds.UnrelatedCommandsCommute,
                $"steps {i + 1} and {i + 2} ({first}, {second}) give different stock when swapped: {inOrder} against {swapped}.", i + 1);
        }

        return null;
    }

    private static string? SkuOf(ExecutedStep step) =>
        step is { Request: SubmitCommand { Command: var command }, Result: CommandOutcome { Response.Status: CommandStatus.Accepted, Response.EventCount: > 0 } }
        && step.Step.Kind == StepKind.Command && SingleSkuCommands.Contains(command.GetType().Name)
            ? (string?)command.GetType().GetProperty("Sku")!.GetValue(command)
            : null;

    private string StockAfter(IReadOnlyList<PipelineRequest> requests, ulong seed, params string[] skus)
    {
        var clock = new ManualClock(HuntVocabulary.StartUnixMs);
        using var system = target.Create(new ScenarioSystemContext(new ScenarioIdentity("hunt", 1, $"commute {seed}"), clock, new DeterministicIds(seed)));
        system.Start();
        foreach (var request in requests)
        {
            if (system.Submit(request) is ClockAdvanced advanced)
            {
                clock.AdvanceTo(advanced.NowUnixMs);
            }
        }

        return system.Read(transaction => string.Join(" | ", skus.Select(sku =>
            $"{StockView.Find(transaction, sku)} @ {string.Join(", ", StockView.Locations(transaction, sku, 1_000))}")));
    }

    internal static string Describe(PipelineResult result) => result switch
    {
        CommandOutcome { Response: var response, IsRepeat: var repeat } =>
            $"{response.Status}{(response.Refusal is { } refusal ? " with " + refusal.GetType().Name : "")}, {response.EventCount} event(s){(repeat ? ", a repeat" : "")}",
        ClockAdvanced advanced => $"the clock reads {ContractJson.Instant(advanced.NowUnixMs)}",
        _ => result.ToString(),
    };

    internal static string NameOf(PipelineRequest request) => request switch
    {
        SubmitCommand submit => submit.Command.GetType().Name,
        AdvanceClock => nameof(AdvanceClock),
        _ => request.GetType().Name,
    };

    internal static IContract? ContractOf(PipelineRequest request) => (request as SubmitCommand)?.Command;
}
