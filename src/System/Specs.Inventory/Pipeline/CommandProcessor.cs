using Specs.Inventory.Contracts;
using Specs.Inventory.Diagnostics;
using Specs.Inventory.Domain;
using Specs.Inventory.EventStore;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Inventory.Pipeline;

/// <summary>
/// The single writer's work, without threads: takes a batch of requests and runs them all in ONE write
/// transaction (group commit). For each command: the idempotency check, the decision against the
/// in-memory state, the append with its idempotency claim, the new state, and every view, in that
/// transaction. Each command stays atomic on its own: a refused command writes nothing but its
/// remembered response, and never undoes another one of the batch.
/// </summary>
/// <remarks>
/// <para>The new state, head and time are published only once the commit succeeded. If the commit
/// fails, or the batch throws, the previous values stay (the state is immutable: the processor keeps
/// the old reference), and the store kept nothing either.</para>
/// <para>Time: the node's time is the clock's reading, but never less than a time it was advanced to,
/// and it never goes back. Whenever it moves forward, every timer rule is asked for due decisions,
/// which are recorded like commands (before the batch's commands, or at an <see cref="AdvanceClock"/>).</para>
/// <para>Used by one thread, the store's writer. The store may run a batch's work more than once (LMDB
/// grows its map and retries), so the work keeps everything it changes in a <see cref="Batch"/> of its own.</para>
/// </remarks>
public sealed class CommandProcessor
{
    /// <summary>Requests one batch may hold: a batch is one transaction, and LMDB holds its dirty pages in memory.</summary>
    public const int MaxBatchRequests = 10_000;

    /// <summary>The stream a refusal's idempotency record is written under: no events are ever written to it.</summary>
    private const string RefusalStream = "$refused";

    private readonly IKeyValueStore _store;
    private readonly IClock _clock;
    private readonly IIdGenerator _ids;
    private readonly IReadOnlyList<IView> _views;
    private readonly IReadOnlyList<TimerRule> _timerRules;

    // The views' shared checkpoint, encoded once: every batch that records an event moves its position.
    private readonly ViewSetCheckpoint _checkpoint;

    // One writer per view, pointed at each batch's transaction in turn.
    private readonly TransactionViewWriter[] _writers;
    private readonly EventLog _log = new();
    private readonly RequestFingerprint _fingerprint = new();
    private readonly ResponseEncoder _responses = new();
    private long _timersAskedAt = long.MinValue;

    private CommandProcessor(
        IKeyValueStore store, IClock clock, IIdGenerator ids, IReadOnlyList<IView> views, IReadOnlyList<TimerRule> timerRules, ReplayResult recovered)
    {
        _store = store;
        _clock = clock;
        _ids = ids;
        _views = views;
        _checkpoint = new ViewSetCheckpoint(views.Select(view => view.Name));
        _writers = views.Select(view => new TransactionViewWriter(view.Subspace)).ToArray();
        _timerRules = timerRules;
        State = recovered.State;
        Head = recovered.Head;
        NowUnixMs = clock.NowUnixMs;
    }

    /// <summary>The state as of the last committed batch.</summary>
    public InventoryState State { get; private set; }

    /// <summary>The log position of the last committed event (0: empty log).</summary>
    public ulong Head { get; private set; }

    /// <summary>The node's time as of the last committed batch (Unix ms).</summary>
    public long NowUnixMs { get; private set; }

    /// <summary>The views this processor maintains.</summary>
    public IReadOnlyList<IView> Views => _views;

    /// <summary>
    /// Recovers a processor from the store: rebuilds the state by replaying the log, and, in the same
    /// scan, every view that is missing, behind the log, or stored by another definition version
    /// (written back in one transaction). Must run on the thread that will write.
    /// </summary>
    public static CommandProcessor Open(
        IKeyValueStore store,
        IClock clock,
        IIdGenerator ids,
        IReadOnlyList<IView>? views = null,
        IReadOnlyList<TimerRule>? timerRules = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(ids);
        views ??= InventoryViews.All;
        CheckViews(views);
        IReadOnlyList<IView> outdated;
        using (var transaction = store.BeginRead())
        {
            outdated = ViewMaintenance.Outdated(transaction, views);
        }

        var recovered = LogReplay.Run(store, outdated);
        if (outdated.Count > 0)
        {
            store.Write(transaction =>
            {
                LogReplay.WriteViews(transaction, recovered, withCheckpoints: true);
                return 0;
            });
        }

        return new CommandProcessor(store, clock, ids, views, timerRules ?? InventoryDecider.TimerRules, recovered);
    }

    /// <summary>
    /// Runs the batch in one write transaction and commits it; the results are in request order.
    /// </summary>
    /// <exception cref="CommitFailedException">the commit failed: nothing was kept, and the state, head and time are unchanged.</exception>
    /// <exception cref="ArgumentException">the batch is empty or over <see cref="MaxBatchRequests"/>.</exception>
    public IReadOnlyList<PipelineResult> Process(IReadOnlyList<PipelineRequest> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0 || batch.Count > MaxBatchRequests)
        {
            throw new ArgumentException($"A batch holds 1 to {MaxBatchRequests} requests; this one holds {batch.Count}.", nameof(batch));
        }

        var now = Math.Max(NowUnixMs, _clock.NowUnixMs);
        Batch done;
        try
        {
            done = _store.Write(transaction =>
            {
                var run = new Batch(this, transaction, now);
                foreach (var request in batch)
                {
                    run.Results.Add(request switch
                    {
                        SubmitCommand command => run.Execute(command),
                        AdvanceClock advance => run.Advance(advance.ToUnixMs),
                        _ => throw new ArgumentException($"Unknown pipeline request {request.GetType().Name}.", nameof(batch)),
                    });
                }

                run.MoveCheckpoint();
                return run;
            });
        }
        finally
        {
            foreach (var writer in _writers)
            {
                writer.End();
            }
        }

        State = done.State;
        Head = done.Head;
        NowUnixMs = done.Now;
        _timersAskedAt = done.TimersAskedAt;
        return done.Results;
    }

    private static void CheckViews(IReadOnlyList<IView> views)
    {
        var partitions = new HashSet<byte>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            var prefix = view.Subspace.Prefix;
            if (prefix.Length != 1 || prefix[0] <= ViewSubspaces.Checkpoints.Prefix[0] || !partitions.Add(prefix[0]) || !names.Add(view.Name)
                || System.Text.Encoding.UTF8.GetByteCount(view.Name) is 0 or > ViewCheckpoint.MaxViewNameBytes)
            {
                throw new ArgumentException(
                    $"View '{view.Name}' needs a unique name of 1-{ViewCheckpoint.MaxViewNameBytes} bytes and a partition byte of its own after {ViewSubspaces.Checkpoints} (it has {view.Subspace}).",
                    nameof(views));
            }
        }
    }

    /// <summary>Everything one run of a batch's work changes, so that a rerun starts again from the published values.</summary>
    private sealed class Batch
    {
        private readonly CommandProcessor _processor;
        private readonly IWriteTransaction _transaction;
        private readonly ulong _startHead;

        public Batch(CommandProcessor processor, IWriteTransaction transaction, long now)
        {
            _processor = processor;
            _transaction = transaction;
            foreach (var writer in processor._writers)
            {
                writer.Begin(transaction);
            }

            State = processor.State;
            Head = processor.Head;
            _startHead = processor.Head;
            Now = now;
            TimersAskedAt = processor._timersAskedAt;
            FireDueTimers();
        }

        public List<PipelineResult> Results { get; } = [];

        public InventoryState State { get; private set; }

        public ulong Head { get; private set; }

        public long Now { get; private set; }

        public long TimersAskedAt { get; private set; }

        public CommandOutcome Execute(SubmitCommand request)
        {
            IdempotencyClaim? claim = null;
            ulong fingerprint = 0;
            if (request.IdempotencyKey is { } key)
            {
                fingerprint = _processor._fingerprint.Of(request);
                if (EventLog.TryGetIdempotency(_transaction, key, out var previous))
                {
                    return previous.RequestFingerprint == fingerprint
                        ? new CommandOutcome(CommandResponseCodec.Decode(previous.Response.Span), IsRepeat: true)
                        : new CommandOutcome(CommandResponse.KeyReused, IsRepeat: false);
                }
            }

            var decision = InventoryDecider.Decide(request.Command, State, new DecisionContext(Now, _processor._ids));
            if (decision.Refusal is { } refusal)
            {
                return Remember(request, fingerprint, RefusalStream, CommandResponse.Refused(refusal));
            }

            var version = _processor._log.StreamVersionIn(_transaction, decision.Stream);
            if (request.ExpectedStreamVersion is { } expected && expected != version)
            {
                return Remember(request, fingerprint, decision.Stream, CommandResponse.Conflict(decision.Stream, version, expected));
            }

            if (decision.Events.Count == 0)
            {
                return Remember(request, fingerprint, decision.Stream, CommandResponse.Accepted(decision.Stream, 0, 0, 0, version));
            }

            var count = decision.Events.Count;
            var response = CommandResponse.Accepted(decision.Stream, count, Head + 1, Head + (ulong)count, version + (ulong)count);
            if (request.IdempotencyKey is { } idempotencyKey)
            {
                claim = new IdempotencyClaim(idempotencyKey, fingerprint, _processor._responses.Encode(response));
            }

            Record(decision, version, claim, request.IdempotencyKey);
            return new CommandOutcome(response, IsRepeat: false);
        }

        public ClockAdvanced Advance(long toUnixMs)
        {
            var (decisions, events) = (0, 0);
            if (toUnixMs > Now)
            {
                Now = toUnixMs;
                (decisions, events) = FireDueTimers();
            }

            return new ClockAdvanced(Now, decisions, events);
        }

        /// <summary>Every view has applied the batch's events: one record says so for all of them (<see cref="ViewSetCheckpoint"/>).</summary>
        public void MoveCheckpoint()
        {
            if (Head == _startHead)
            {
                return;
            }

            _processor._checkpoint.WriteAt(_transaction, Head);
        }

        private (int Decisions, int Events) FireDueTimers()
        {
            if (Now <= TimersAskedAt)
            {
                return (0, 0);
            }

            TimersAskedAt = Now;
            var (decisions, events) = (0, 0);
            foreach (var rule in _processor._timerRules)
            {
                foreach (var decision in rule.DueDecisions(State, Now))
                {
                    if (decision.IsRefused || decision.Events.Count == 0)
                    {
                        continue;
                    }

                    Record(decision, _processor._log.StreamVersionIn(_transaction, decision.Stream), claim: null, idempotencyKey: null);
                    decisions++;
                    events += decision.Events.Count;
                }
            }

            return (decisions, events);
        }

        private CommandOutcome Remember(SubmitCommand request, ulong fingerprint, string stream, CommandResponse response)
        {
            if (request.IdempotencyKey is { } key)
            {
                var claim = new IdempotencyClaim(key, fingerprint, _processor._responses.Encode(response));
                var outcome = _processor._log.Append(_transaction, new AppendRequest(stream, ExpectedVersion.Any, [], Idempotency: claim));
                Invariant.Assert(outcome.Status == AppendStatus.Appended, $"remembering a response for key '{key}' ended {outcome.Status}");
            }

            return new CommandOutcome(response, IsRepeat: false);
        }

        /// <summary>Appends a decision's events, evolves the state and applies every view, event by event.</summary>
        private void Record(Decision decision, ulong version, IdempotencyClaim? claim, string? idempotencyKey)
        {
            var events = new NewEvent[decision.Events.Count];
            for (var i = 0; i < events.Length; i++)
            {
                events[i] = new NewEvent(_processor._ids.NextId(), Now, decision.Events[i]);
            }

            var outcome = _processor._log.Append(_transaction, new AppendRequest(decision.Stream, ExpectedVersion.Exactly(version), events, Idempotency: claim));
            // A fresh event id the log already holds means the id port repeated itself (a reused seed):
            // recording fewer events than decided would silently lose some, so stop the batch instead.
            Invariant.Assert(
                outcome.Status == AppendStatus.Appended && outcome.Written == events.Length && outcome.FirstPosition == Head + 1,
                $"appending {events.Length} events to '{decision.Stream}' ended {outcome.Status}, {outcome.Written} written, {outcome.AlreadyPresent} already present");

            foreach (var newEvent in events)
            {
                Head++;
                version++;
                var envelope = new EventEnvelope(Head, decision.Stream, version, newEvent.EventId, newEvent.RecordedAtUnixMs, null, idempotencyKey);
                Apply(envelope, newEvent.Payload);
            }
        }

        private void Apply(in EventEnvelope envelope, IEventContract payload)
        {
            State = InventoryDecider.Evolve(State, payload);
            var (views, writers) = (_processor._views, _processor._writers);
            for (var i = 0; i < views.Count; i++)
            {
                views[i].Apply(writers[i], envelope, payload, State);
            }
        }
    }
}
