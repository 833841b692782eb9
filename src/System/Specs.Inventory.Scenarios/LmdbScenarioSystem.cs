using Specs.Inventory.EventStore;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;
using Specs.Inventory.Views;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// The lmdb target's system: a fresh temporary LMDB environment (on /dev/shm when present, opened NoSync)
/// and the same <see cref="CommandProcessor"/> the HTTP API calls, in-process. Past events go straight into
/// the event log; starting the processor rebuilds the state and every view from them, as a node does at
/// start-up. Disposing deletes the environment's folder.
/// </summary>
public sealed class LmdbScenarioSystem : IScenarioSystem
{
    /// <summary>A scenario writes a handful of events: start the map small; the store grows it when needed.</summary>
    private const long InitialMapSizeBytes = 4L << 20;

    private readonly ScenarioSystemContext _context;
    private readonly IReadOnlyList<IView> _views;
    private readonly LmdbStore _store;
    private readonly EventLog _log = new();
    private CommandProcessor? _processor;

    /// <param name="context">The scenario, its clock and its ids.</param>
    /// <param name="views">The views the node maintains (default: every view of the inventory).</param>
    /// <param name="root">The folder for the environment (default: /dev/shm when present, else the temp folder).</param>
    public LmdbScenarioSystem(ScenarioSystemContext context, IReadOnlyList<IView>? views = null, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _views = views ?? InventoryViews.All;
        // The host drives its system from one thread at a time and ends every read before it writes.
        _store = LmdbStore.CreateTemporary(root, initialMapSizeBytes: InitialMapSizeBytes, oneThreadAtATime: true);
    }

    /// <summary>The environment's folder (deleted on dispose).</summary>
    public string Path => _store.Path;

    public ulong Head => _processor?.Head ?? Read(EventLog.Head);

    public DeliveryResult Deliver(IReadOnlyList<GivenEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (_processor is not null)
        {
            throw new InvalidOperationException("Past events are delivered before the node starts.");
        }

        return events.Count == 0 ? default : _store.Write(transaction =>
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
    }

    public void Start()
    {
        if (_processor is not null)
        {
            throw new InvalidOperationException("The node has already started.");
        }

        _processor = CommandProcessor.Open(_store, _context.Clock, _context.Ids, _views);
    }

    public PipelineResult Submit(PipelineRequest request)
    {
        var processor = _processor ?? throw new InvalidOperationException("Start the node before submitting requests.");
        return processor.Process([request])[0];
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

    public ViewSnapshot SnapshotViews() => Read(transaction => ViewSnapshot.Read(transaction, _views));

    public ReplayCheckReport CheckReplay() => ReplayCheck.Run(_store, _views);

    public T Read<T>(Func<IReadTransaction, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var transaction = _store.BeginRead();
        return read(transaction);
    }

    public void Dispose() => _store.Dispose();
}
