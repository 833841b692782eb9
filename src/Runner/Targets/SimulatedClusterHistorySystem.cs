using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Replication;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views;
using Specs.Sim.Cluster;
using Specs.Sim.Storage;

namespace Specs.Runner.Targets;

/// <summary>
/// The hunter's sim target: a history runs step by step on a model (one in-memory node, what the lmdb target
/// runs), so the hunter's oracles check every step as on lmdb; <see cref="CheckCluster"/> then sends the whole
/// history, in order, through a client of a simulated cluster per seed (generic command codec, load balancer,
/// retries with the same key across fail-overs) under the seed's gentle faults. Each cluster must break no
/// cluster invariant, answer every command as the model did, and end with the model's event log and views
/// byte for byte.
/// </summary>
/// <remarks>
/// Every entry is decided with the time and the ids the model used for the same request (recorded per
/// idempotency key), so a correct cluster records exactly what the model recorded. One cluster run per history
/// and seed, rather than per step, keeps the sim target within a small factor of the lmdb target.
/// </remarks>
public sealed class SimulatedClusterHistorySystem : IScenarioSystem, IClusterCheckedSystem
{
    private readonly ScenarioSystemContext _context;
    private readonly SimulatedClusterSettings _settings;
    private readonly SimulatedStore _model = new(SimulatedDurability.SyncOnCommit, name: "model");
    private readonly RecordingIds _ids;
    private readonly List<ScriptedRequest> _script = [];
    private readonly List<PipelineResult> _results = [];
    private readonly Dictionary<string, (long AtUnixMs, IReadOnlyList<Guid> Ids)> _decided = new(StringComparer.Ordinal);
    private CommandProcessor? _processor;

    public SimulatedClusterHistorySystem(ScenarioSystemContext context, SimulatedClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        _context = context;
        _settings = settings;
        _ids = new RecordingIds(context.Ids);
    }

    /// <summary>Cluster runs so far (for throughput measurements).</summary>
    public int SeedsRun { get; private set; }

    public ulong Head => Read(Inventory.EventStore.EventLog.Head);

    /// <exception cref="InvalidOperationException">always for past events: a hunted history starts from an empty system.</exception>
    public DeliveryResult Deliver(IReadOnlyList<GivenEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Count == 0 ? default : throw new InvalidOperationException("A hunted history starts from an empty system; it has no past events.");
    }

    public void Start()
    {
        if (_processor is not null)
        {
            throw new InvalidOperationException("The node has already started.");
        }

        _processor = CommandProcessor.Open(_model, _context.Clock, _ids, InventoryViews.All);
    }

    /// <summary>Runs the request on the model and appends it to the history the clusters will run.</summary>
    public PipelineResult Submit(PipelineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var processor = _processor ?? throw new InvalidOperationException("Start the node before submitting requests.");
        var atUnixMs = _context.Clock.NowUnixMs;
        _ids.Recorded.Clear();
        var result = processor.Process([request])[0];
        var scripted = request switch
        {
            SubmitCommand { ExpectedStreamVersion: not null } => throw new ScenarioShapeException("The sim target's clients do not send an expected stream version."),
            SubmitCommand command => new ScriptedRequest(command.IdempotencyKey ?? $"{_context.Identity.IdempotencyKey}-{_script.Count}", command.Command),
            AdvanceClock advance => new ScriptedRequest($"{_context.Identity.IdempotencyKey}-clock-{_script.Count}", new AdvanceTime(advance.ToUnixMs)),
            _ => throw new ArgumentException($"Unknown pipeline request {request.GetType().Name}.", nameof(request)),
        };

        // A retry reuses its key: the first decision stands (the cluster deduplicates the retry, records nothing).
        _decided.TryAdd(scripted.IdempotencyKey, (atUnixMs, _ids.Recorded.ToList()));
        _script.Add(scripted);
        _results.Add(result);
        return result;
    }

    public ClusterCheck? CheckCluster()
    {
        if (_script.Count == 0)
        {
            return null;
        }

        var modelEvents = SimulatedClusterScenarioSystem.EventBodies(_model);
        var modelViews = SimulatedClusterScenarioSystem.SnapshotViews(_model);
        var decisions = new RecordedDecisions(_decided, _context.Clock.NowUnixMs);
        foreach (var (number, seed) in _settings.Runs(_context.Identity))
        {
            var result = ClusterSimulation.Run(seed, new SimulationRunOptions
            {
                Script = _script,
                Decisions = decisions,
                Adjust = configuration => GentleFaults.Apply(configuration, _settings.Nodes),
            });
            SeedsRun++;
            var where = $"cluster seed {seed} (seed number {number}, {result.Configuration.Describe()})";
            if (result.Violations is [var violation, ..])
            {
                return new ClusterCheck(violation.Invariant, $"{where} at {violation.Tick} ms: {violation.Detail}", null);
            }

            if (Divergence(result, modelEvents, modelViews) is { } divergence)
            {
                return divergence with { Detail = $"{where}: {divergence.Detail}" };
            }
        }

        return null;
    }

    public IReadOnlyList<RecordedEvent> EventsAfter(ulong position) => Read(transaction =>
    {
        var events = new List<RecordedEvent>();
        using var cursor = Inventory.EventStore.EventLog.ReadAll(transaction, position + 1);
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            events.Add(new RecordedEvent(cursor.Position, record.Stream, record.StreamVersion, record.EventId, record.RecordedAtUnixMs, record.DecodePayload()));
        }

        return (IReadOnlyList<RecordedEvent>)events;
    });

    public ViewSnapshot SnapshotViews() => SimulatedClusterScenarioSystem.SnapshotViews(_model);

    public ReplayCheckReport CheckReplay() => ReplayCheck.Run(_model, InventoryViews.All);

    public T Read<T>(Func<Inventory.Storage.IReadTransaction, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var transaction = _model.BeginRead();
        return read(transaction);
    }

    public void Dispose() => _model.Dispose();

    /// <summary>The first request the cluster answered otherwise than the model, else where its history differs from the model's.</summary>
    private ClusterCheck? Divergence(SimulationResult result, IReadOnlyList<byte[]> modelEvents, ViewSnapshot modelViews)
    {
        for (var i = 0; i < _script.Count; i++)
        {
            if (_results[i] is not CommandOutcome model)
            {
                continue;
            }

            if (!result.Operations.TryGetValue(_script[i].IdempotencyKey, out var operation) || operation.Answers.Count == 0)
            {
                return new ClusterCheck("answer", $"request {i + 1} never got a definite answer from the cluster", i);
            }

            var (expected, actual) = (ContractJson.Response(model.Response).ToJsonString(), ContractJson.Response(operation.Answers[0].Answer.Response!).ToJsonString());
            if (expected != actual)
            {
                return new ClusterCheck("model-equivalence", $"the cluster answered request {i + 1} {actual}; the model answered {expected}", i);
            }
        }

        if (result.CanonicalState is not { } canonical)
        {
            return new ClusterCheck("model-equivalence", "no node was up at the end of the run", null);
        }

        var events = SimulatedClusterScenarioSystem.EventBodies(canonical);
        for (var i = 0; i < Math.Max(events.Count, modelEvents.Count); i++)
        {
            if (i >= events.Count || i >= modelEvents.Count || !events[i].AsSpan().SequenceEqual(modelEvents[i]))
            {
                return new ClusterCheck("model-equivalence", $"the cluster's event log differs from the model's at position {i + 1} (cluster {events.Count} events, model {modelEvents.Count})", null);
            }
        }

        return modelViews.FirstDifference(SimulatedClusterScenarioSystem.SnapshotViews(canonical)) is { } difference
            ? new ClusterCheck("model-equivalence", $"the cluster's views differ from the model's: {difference}", null)
            : null;
    }

    /// <summary>The model's id generator, remembering the ids of the request being processed.</summary>
    private sealed class RecordingIds(IIdGenerator inner) : IIdGenerator
    {
        public List<Guid> Recorded { get; } = [];

        public Guid NextId()
        {
            var id = inner.NextId();
            Recorded.Add(id);
            return id;
        }
    }

    /// <summary>Decides each entry with the time and ids the model used for the request with the entry's key.</summary>
    private sealed class RecordedDecisions(IReadOnlyDictionary<string, (long AtUnixMs, IReadOnlyList<Guid> Ids)> decided, long lastUnixMs) : IEntryDecisions
    {
        public long TimeOf(LogEntry entry) =>
            entry.IdempotencyKey is { } key && decided.TryGetValue(key, out var decision) ? decision.AtUnixMs : lastUnixMs;

        public IIdGenerator IdsFor(LogEntry entry) =>
            new ReplayedIds(entry.IdempotencyKey is { } key && decided.TryGetValue(key, out var decision) ? decision.Ids : []);
    }

    /// <summary>
    /// The model's ids for one request, in order. Past them it yields ids no model id equals, so a cluster that
    /// asks for more ids than the model did diverges visibly (model-equivalence) instead of crashing a node.
    /// </summary>
    private sealed class ReplayedIds(IReadOnlyList<Guid> ids) : IIdGenerator
    {
        private readonly DeterministicIds _beyond = new(ulong.MaxValue);
        private int _next;

        public Guid NextId() => _next < ids.Count ? ids[_next++] : _beyond.NextId();
    }
}
