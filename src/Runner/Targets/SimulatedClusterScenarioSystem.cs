using System.Globalization;
using Specs.Inventory.EventStore;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Replication;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;
using Specs.Runner.Simulation;
using Specs.Sim.Cluster;
using Specs.Sim.Storage;

namespace Specs.Runner.Targets;

/// <summary>
/// The sim target's system: the scenario runs on a model (one in-memory node, exactly what the lmdb target
/// runs) and on one simulated cluster per seed, under that seed's (gentle) fault schedule. On each cluster a
/// client sends, through the load balancer and retrying with the same idempotency key across fail-overs until
/// a definite answer, first the Given events as recorded history (one <see cref="RecordHistory"/> request,
/// written into the log through the leader), then the When. Every entry is decided at the scenario clock's
/// time with the scenario's ids, so a cluster must record byte for byte what the model records.
/// </summary>
/// <remarks>
/// <para>A seed passes when the simulator's checkers found no violation, the When got a definite answer equal
/// to the model's, and the canonical history (the event log and every view of the node that applied the most,
/// after the cluster healed and quiesced) equals the model's byte for byte: model equivalence. The Then steps
/// then read the first seed's canonical history; since every seed equals the model, they would find the same
/// on any seed, and on the lmdb target.</para>
/// <para>Any failing seed fails the When with every failing seed, what broke and its one-line reproduction; with an
/// output folder, each failing seed's fault schedule is written there as a regression case (<see cref="SimulatedClusterSettings.ScheduleFile"/>)
/// and the reproduction replays it with --schedule.</para>
/// </remarks>
public sealed class SimulatedClusterScenarioSystem : IScenarioSystem
{
    private readonly ScenarioSystemContext _context;
    private readonly SimulatedClusterSettings _settings;
    private readonly SimulatedStore _model = new(SimulatedDurability.SyncOnCommit, name: "model");
    private readonly EventLog _log = new();
    private readonly List<HistoryEvent> _history = [];
    private CommandProcessor? _processor;
    private IKeyValueStore? _canonical;

    public SimulatedClusterScenarioSystem(ScenarioSystemContext context, SimulatedClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        _context = context;
        _settings = settings;
    }

    /// <summary>Seeds run so far (for throughput measurements).</summary>
    public int SeedsRun { get; private set; }

    public ulong Head => Read(EventLog.Head);

    private IKeyValueStore Store => _canonical ?? _model;

    public DeliveryResult Deliver(IReadOnlyList<GivenEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (_processor is not null)
        {
            throw new InvalidOperationException("Past events are delivered before the node starts.");
        }

        if (events.Count == 0)
        {
            return default;
        }

        var delivered = _model.Write(transaction =>
        {
            var (written, alreadyPresent) = (0, 0);
            foreach (var given in events)
            {
                var outcome = _log.Append(transaction, new AppendRequest(
                    given.Stream, ExpectedVersion.Any, [new NewEvent(given.EventId, given.RecordedAtUnixMs, given.Payload)]));
                written += outcome.Written;
                alreadyPresent += outcome.AlreadyPresent;
            }

            return new DeliveryResult(written, alreadyPresent);
        });
        _history.AddRange(events.Select(given => new HistoryEvent(given.EventId, given.Stream, given.RecordedAtUnixMs, given.Payload)));
        return delivered;
    }

    public void Start()
    {
        if (_processor is not null)
        {
            throw new InvalidOperationException("The node has already started.");
        }

        _processor = CommandProcessor.Open(_model, _context.Clock, _context.Ids, InventoryViews.All);
    }

    /// <summary>Runs the request on the model, then on every seed's cluster; the result is the model's (equal to every cluster's).</summary>
    /// <exception cref="SimulatedSeedsFailedException">a seed broke an invariant, got no answer, or diverged from the model.</exception>
    public PipelineResult Submit(PipelineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var processor = _processor ?? throw new InvalidOperationException("Start the node before submitting requests.");
        var modelResult = processor.Process([request])[0];
        var script = Script(request);
        var decisions = new ScenarioEntryDecisions(_context.Clock, _context.Identity.Seed);
        var modelEvents = EventBodies(_model);
        var modelViews = SnapshotViews(_model);
        var failures = new List<SeedFailure>();
        foreach (var (number, seed) in _settings.Runs(_context.Identity))
        {
            if (_settings.Schedule is { } schedule && schedule.Seed != seed)
            {
                throw new ScenarioShapeException(string.Create(CultureInfo.InvariantCulture,
                    $"--schedule {_settings.ScheduleSource}: recorded for cluster seed {schedule.Seed}, but seed number {number} of {_context.Identity.Location} is cluster seed {seed}: replay a schedule on the scenario and --seed-start it names (\"Scenario\", \"SeedNumber\")"));
            }

            var result = ClusterSimulation.Run(seed, new SimulationRunOptions
            {
                Script = script,
                Decisions = decisions,
                Adjust = configuration => GentleFaults.Apply(configuration, _settings.Nodes),
                Bugs = _settings.Bugs,
                Schedule = _settings.Schedule,
            });
            SeedsRun++;
            _settings.SeedFinished?.Invoke(result);
            var found = new List<(string Check, string Detail)>();
            found.AddRange(result.Violations.Select(violation => (violation.Invariant, $"at {violation.Tick} ms: {violation.Detail}")));
            if (result.Violations.Count == 0 && Divergence(result, script[^1].IdempotencyKey, modelResult, modelEvents, modelViews) is { } divergence)
            {
                found.Add(divergence);
            }

            if (found.Count > 0)
            {
                var scheduleFile = WriteSchedule(number, result.Schedule, result.Configuration.NodeCount, found[0].Check);
                foreach (var (check, detail) in found)
                {
                    var failure = new SeedFailure(number, seed, result.Configuration.Describe(), check, detail, _settings.Reproduction(_context.Identity, number, scheduleFile));
                    failures.Add(failure);
                    _settings.SeedFailed?.Invoke(failure);
                }
            }

            if (number == _settings.SeedStart)
            {
                _canonical = result.CanonicalState;
            }
        }

        if (failures.Count > 0)
        {
            throw new SimulatedSeedsFailedException(_settings.Seeds, failures);
        }

        return modelResult;
    }

    /// <summary>
    /// Writes a failing seed's fault schedule as a regression case naming the scenario and seed number (with the
    /// seeded bug and the check it broke when a bug is on), so the failure stays reproducible once the code
    /// changes; returns the file, or null when the run has no output folder.
    /// </summary>
    private string? WriteSchedule(ulong number, FaultSchedule schedule, int nodeCount, string check)
    {
        if (_settings.ScheduleFile(_context.Identity, number) is not { } file)
        {
            return null;
        }

        // The node count goes into the file, so a replay runs the same cluster whatever --nodes it is given.
        RegressionCase.Write(file, schedule with { NodeCount = schedule.NodeCount ?? nodeCount }, _settings.Bugs, _settings.Bugs == SeededBugs.None ? null : check, _context.Identity.Location, number);
        return file;
    }

    public IReadOnlyList<RecordedEvent> EventsAfter(ulong position) => Read(transaction =>
    {
        var events = new List<RecordedEvent>();
        using var cursor = EventLog.ReadAll(transaction, position + 1);
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            events.Add(new RecordedEvent(cursor.Position, record.Stream, record.StreamVersion, record.EventId, record.RecordedAtUnixMs, record.DecodePayload()));
        }

        return (IReadOnlyList<RecordedEvent>)events;
    });

    public ViewSnapshot SnapshotViews() => SnapshotViews(Store);

    public ReplayCheckReport CheckReplay() => ReplayCheck.Run(Store, InventoryViews.All);

    public T Read<T>(Func<IReadTransaction, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var transaction = Store.BeginRead();
        return read(transaction);
    }

    public void Dispose() => _model.Dispose();

    /// <summary>The client's workload: the past events as one history request (when there are any), then the When.</summary>
    private List<ScriptedRequest> Script(PipelineRequest request)
    {
        var script = new List<ScriptedRequest>();
        if (_history.Count > 0)
        {
            script.Add(new ScriptedRequest(_context.Identity.IdempotencyKey + "-history", new RecordHistory(_history.ToList())));
        }

        if (request is SubmitCommand { ExpectedStreamVersion: not null })
        {
            throw new ScenarioShapeException("The sim target's clients do not send an expected stream version: run this scenario with --target lmdb.");
        }

        script.Add(request switch
        {
            SubmitCommand command => new ScriptedRequest(command.IdempotencyKey ?? _context.Identity.IdempotencyKey, command.Command),
            AdvanceClock advance => new ScriptedRequest(_context.Identity.IdempotencyKey, new AdvanceTime(advance.ToUnixMs)),
            _ => throw new ArgumentException($"Unknown pipeline request {request.GetType().Name}.", nameof(request)),
        });
        return script;
    }

    /// <summary>Where a seed's outcome differs from the model's: the When's answer, the event log, a view.</summary>
    private static (string Check, string Detail)? Divergence(
        SimulationResult result, string whenKey, PipelineResult modelResult, IReadOnlyList<byte[]> modelEvents, ViewSnapshot modelViews)
    {
        if (!result.Operations.TryGetValue(whenKey, out var operation) || operation.Answers.Count == 0)
        {
            return ("answer", "the When never got a definite answer from the cluster");
        }

        if (modelResult is CommandOutcome model)
        {
            var answer = operation.Answers[0].Answer.Response!;
            var (expected, actual) = (ContractJson.Response(model.Response).ToJsonString(), ContractJson.Response(answer).ToJsonString());
            if (expected != actual)
            {
                return ("model-equivalence", $"the cluster answered the When {actual}; the model answered {expected}");
            }
        }

        if (result.CanonicalState is not { } canonical)
        {
            return ("model-equivalence", "no node was up at the end of the run");
        }

        var events = EventBodies(canonical);
        for (var i = 0; i < Math.Max(events.Count, modelEvents.Count); i++)
        {
            if (i >= events.Count || i >= modelEvents.Count || !events[i].AsSpan().SequenceEqual(modelEvents[i]))
            {
                return ("model-equivalence", $"the cluster's event log differs from the model's at position {i + 1} (cluster {events.Count} events, model {modelEvents.Count})");
            }
        }

        return modelViews.FirstDifference(SnapshotViews(canonical)) is { } viewDifference
            ? ("model-equivalence", $"the cluster's views differ from the model's: {viewDifference}")
            : null;
    }

    internal static List<byte[]> EventBodies(IKeyValueStore store)
    {
        var bodies = new List<byte[]>();
        using var transaction = store.BeginRead();
        using var cursor = EventLog.ReadAll(transaction);
        while (cursor.MoveNext())
        {
            bodies.Add(cursor.Body.ToArray());
        }

        return bodies;
    }

    internal static ViewSnapshot SnapshotViews(IKeyValueStore store)
    {
        using var transaction = store.BeginRead();
        return ViewSnapshot.Read(transaction, InventoryViews.All);
    }
}
