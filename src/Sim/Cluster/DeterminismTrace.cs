using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Replication;

namespace Specs.Sim.Cluster;

/// <summary>
/// A running hash of everything that happens in a run: each delivered message, timer, storage
/// operation count and random draw is mixed in, in order. Two runs of one seed on one commit must end
/// with the same hash; when recording, each event's description and the hash after it are kept so that
/// a mismatch names the first divergent event instead of only "the end differs".
/// </summary>
public sealed class DeterminismTrace(bool recordEvents)
{
    private readonly List<TraceEvent> _events = [];
    private ulong _hash = 0xCBF29CE484222325UL;

    // Reused for each description's UTF-8 bytes: one event per step of the run, so no array per event.
    private byte[] _utf8 = new byte[256];

    /// <summary>The hash of everything mixed in so far.</summary>
    public ulong Hash => _hash;

    /// <summary>Events recorded (only when recording).</summary>
    public IReadOnlyList<TraceEvent> Events => _events;

    /// <summary>How many events were mixed in.</summary>
    public long EventCount { get; private set; }

    /// <summary>Mixes one value (a random draw, a counter).</summary>
    /// <remarks>
    /// Inlined on request: each event mixes a dozen values, and the event's own method is too large for the JIT to
    /// inline a call it makes that often (the calls were 1.4% of a simulated round).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Mix(ulong value)
    {
        _hash = (_hash ^ value) * 0x100000001B3UL;
        _hash ^= _hash >> 29;
    }

    /// <summary>
    /// Mixes one event of the world: its time and everything its description says. The frequent kinds
    /// (protocol messages between nodes, client commands and answers, node and client timers) are mixed
    /// field by field, each after a tag of its kind, with the same fields their description prints; the
    /// rest (faults, restarts, healing) are mixed as their description's text. The text is built only when
    /// events are recorded (formatting a client answer's record was 3% of a run at 100 commands/s).
    /// </summary>
    internal void Event(long tick, SimulationEvent happening)
    {
        switch (happening)
        {
            case Delivery { Message: AppendEntries append } delivery:
                EventCount++;
                Mix((ulong)tick);
                Mix(1);
                Mix((ulong)delivery.From);
                Mix((ulong)delivery.To);
                Mix((ulong)append.Term);
                Mix((ulong)append.Leader);
                Mix((ulong)append.PreviousIndex);
                Mix((ulong)append.PreviousTerm);
                Mix((ulong)append.Entries.Count);
                Mix(append.Entries.Count > 0 ? (ulong)append.Entries[0].Index : 0);
                Mix(append.Entries.Count > 0 ? (ulong)append.Entries[^1].Index : 0);
                Mix((ulong)append.LeaderCommit);
                break;
            case Delivery { Message: AppendAnswer answer } delivery:
                EventCount++;
                Mix((ulong)tick);
                Mix(2);
                Mix((ulong)delivery.From);
                Mix((ulong)delivery.To);
                Mix((ulong)answer.Term);
                Mix((ulong)answer.Follower);
                Mix(answer.Success ? 1UL : 0UL);
                Mix((ulong)answer.MatchIndex);
                break;
            case Delivery { Message: ClientCommand command } delivery:
                EventCount++;
                Mix((ulong)tick);
                Mix(4);
                Mix((ulong)delivery.From);
                Mix((ulong)delivery.To);
                Mix((ulong)command.Client);
                Mix((ulong)command.RequestId);
                MixText(command.IdempotencyKey);
                Mix((ulong)command.Attempt);
                Mix((ulong)command.Command.ContractId);
                break;
            case Delivery { Message: ClientAnswer answer } delivery:
                EventCount++;
                Mix((ulong)tick);
                Mix(5);
                Mix((ulong)delivery.From);
                Mix((ulong)delivery.To);
                Mix((ulong)answer.RequestId);
                MixText(answer.IdempotencyKey);
                Mix(answer.IsRepeat ? 1UL : 0UL);
                Mix((ulong)answer.LeaderHint);
                Mix((ulong)answer.Term);
                MixResponse(answer.Response);
                break;
            case ClientTimerFired timer:
                EventCount++;
                Mix((ulong)tick);
                Mix(6);
                Mix((ulong)timer.Client);
                Mix((ulong)timer.Generation);
                Mix((ulong)timer.Kind);
                break;
            case NodeTimerFired timer:
                EventCount++;
                Mix((ulong)tick);
                Mix(3);
                Mix((ulong)timer.Node);
                Mix((ulong)timer.Incarnation);
                Mix((ulong)timer.Timer.Kind);
                Mix((ulong)timer.Timer.Generation);
                break;
            default:
                Event(tick, happening.ToString());
                return;
        }

        if (recordEvents)
        {
            _events.Add(new TraceEvent(EventCount, tick, happening.ToString(), _hash));
        }
    }

    // A string's UTF-16 code units, hashed in the machine's byte order: the same text gives the same value on
    // every little-endian machine (every one .NET runs the simulator on here; a big-endian one would hash other bytes).
    private void MixText(string text) => Mix(XxHash64.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan())));

    // Everything a response's description says: a refusal by its type and sentence (refusals only, so
    // an accepted command costs no text).
    private void MixResponse(CommandResponse? response)
    {
        if (response is null)
        {
            Mix(0);
            return;
        }

        Mix(1 + (ulong)response.Status);
        MixText(response.Stream);
        Mix((ulong)response.EventCount);
        Mix(response.FirstPosition);
        Mix(response.LastPosition);
        Mix(response.StreamVersion);
        Mix(response.ExpectedStreamVersion ?? ulong.MaxValue);
        if (response.Refusal is { } refusal)
        {
            MixText(refusal.GetType().Name);
            MixText(refusal.Describe());
        }
    }

    /// <summary>Mixes one event: its time and its description.</summary>
    public void Event(long tick, string description)
    {
        EventCount++;
        Mix((ulong)tick);
        var length = Encoding.UTF8.GetMaxByteCount(description.Length);
        if (length > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(description, _utf8);
        Mix(XxHash64.HashToUInt64(_utf8.AsSpan(0, written)));
        if (recordEvents)
        {
            _events.Add(new TraceEvent(EventCount, tick, description, _hash));
        }
    }
}

/// <summary>One recorded event: its number, time, description, and the running hash after it.</summary>
public sealed record TraceEvent(long Number, long Tick, string Description, ulong HashAfter);
