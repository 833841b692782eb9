using System.Collections;

namespace Specs.Inventory.Replication;

/// <summary>
/// A read-only run of consecutive log entries that shares the journal's backing array instead of copying
/// it: what <see cref="ReplicationJournal.Slice"/> hands to an outgoing <see cref="AppendEntries"/>.
/// </summary>
/// <remarks>
/// Invariant (kept by <see cref="ReplicationJournal"/>): a slot of a backing array, once it was part of
/// a segment, is never written again. The journal only appends past its count, and a truncation or a
/// growth moves it to a new array, so a message still in flight keeps exactly the entries it was sent with.
/// </remarks>
internal sealed class LogSegment(LogEntry[] entries, int start, int count) : IReadOnlyList<LogEntry>
{
    public int Count => count;

    public LogEntry this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            return entries[start + index];
        }
    }

    public IEnumerator<LogEntry> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return entries[start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
