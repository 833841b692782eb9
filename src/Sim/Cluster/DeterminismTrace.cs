using System.IO.Hashing;
using System.Text;
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
    public void Mix(ulong value)
    {
        _hash = (_hash ^ value) * 0x100000001B3UL;
        _hash ^= _hash >> 29;
    }

    /// <summary>
    /// Mixes one event of the world: its time and everything its description says. The frequent kinds
    /// (protocol messages between nodes, node timers) are mixed field by field, each after a tag of its
    /// kind, with the same fields their description prints; the rest are mixed as their description's
    /// text. The text is built only when events are recorded (it was most of the cost of a run).
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
