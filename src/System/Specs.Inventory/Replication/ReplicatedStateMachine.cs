using Specs.Inventory.EventStore;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Inventory.Replication;

/// <summary>
/// Applies committed log entries to a replica's state store through the one CommandProcessor (the same
/// code path as a single node, and as replay: decide, append, evolve, views, one transaction). The
/// processor reads time and ids only from the entry (through <see cref="IEntryDecisions"/>), so every
/// replica records the same events, with the same ids and times, for the same entry.
/// </summary>
/// <remarks>
/// Applying an entry a second time (after a restart, the state store may hold a prefix of what was
/// applied) is harmless: every command carries an idempotency key, and a repeat writes nothing and
/// returns the first response. Two replication requests are not commands of the domain:
/// <see cref="RecordHistory"/> appends past events and reopens the processor on the log (as a node starts),
/// and <see cref="AdvanceTime"/> moves the processor's time forward.
/// </remarks>
public sealed class ReplicatedStateMachine
{
    /// <summary>The stream named in the answer to a replication request (no event is ever written to it).</summary>
    public const string RequestStream = "$replication";

    private readonly EntryClock _clock = new();
    private readonly EntryIds _ids = new();
    private readonly IReadOnlyList<IView>? _views;
    private readonly IEntryDecisions _decisions;
    private readonly EventLog _log = new();
    private CommandProcessor _processor;

    /// <summary>Opens the processor over the state store (recovering its state by replaying the store's event log).</summary>
    public ReplicatedStateMachine(IKeyValueStore state, IReadOnlyList<IView>? views = null, IEntryDecisions? decisions = null)
    {
        State = state;
        _views = views;
        _decisions = decisions ?? EntryDecisions.FromEntry;
        _processor = CommandProcessor.Open(state, _clock, _ids, views);
    }

    /// <summary>The store the state machine writes.</summary>
    public IKeyValueStore State { get; }

    /// <summary>The event log head as of the last applied entry.</summary>
    public ulong Head => _processor.Head;

    /// <summary>Decides a committed command entry; the response is what the leader answers the client.</summary>
    public CommandOutcome Apply(LogEntry entry, string idempotencyKey)
    {
        _clock.NowUnixMs = _decisions.TimeOf(entry);
        _ids.Use(_decisions.IdsFor(entry));
        switch (entry.Command)
        {
            case RecordHistory history:
                return AppendHistory(history);
            case AdvanceTime advance:
                _processor.Process([new AdvanceClock(advance.ToUnixMs)]);
                return new CommandOutcome(CommandResponse.Accepted(RequestStream, 0, 0, 0, 0), IsRepeat: false);
            default:
                var results = _processor.Process([new SubmitCommand(entry.Command!, idempotencyKey)]);
                return (CommandOutcome)results[0];
        }
    }

    /// <summary>
    /// Appends the past events (skipping those the log holds), then reopens the processor so its state and
    /// views are rebuilt from the log. The answer does not depend on what was skipped: every replica, and a
    /// repeat, answers the same.
    /// </summary>
    private CommandOutcome AppendHistory(RecordHistory history)
    {
        var written = State.Write(transaction =>
        {
            var count = 0;
            foreach (var given in history.Events)
            {
                count += _log.Append(transaction, new AppendRequest(
                    given.Stream, ExpectedVersion.Any, [new NewEvent(given.EventId, given.RecordedAtUnixMs, given.Payload)])).Written;
            }

            return count;
        });
        if (written > 0)
        {
            _processor = CommandProcessor.Open(State, _clock, _ids, _views);
        }

        return new CommandOutcome(CommandResponse.Accepted(RequestStream, 0, 0, 0, 0), IsRepeat: written == 0);
    }

    private sealed class EntryClock : IClock
    {
        public long NowUnixMs { get; set; }
    }

    private sealed class EntryIds : IIdGenerator
    {
        private IIdGenerator _ids = new DeterministicIds(0);

        public void Use(IIdGenerator ids) => _ids = ids;

        public Guid NextId() => _ids.NextId();
    }
}
