using System.Runtime.CompilerServices;

namespace Specs.Sim.Cluster;

/// <summary>
/// The world's pending events, taken in order of (due tick, sequence): a binary min-heap of plain structs.
/// </summary>
/// <remarks>
/// The sequence is the order of scheduling, unique within a run, so the order is total and any correct heap
/// hands out exactly the same events in the same order. This one exists because the general
/// <see cref="PriorityQueue{TElement, TPriority}"/> compared its (long, long) priorities through the tuple's
/// default comparer and kept elements and priorities apart: 2-3% of a simulated round for a queue of about 150
/// events. Here an entry is one struct and a comparison is two integer compares, inlined.
/// </remarks>
internal sealed class EventQueue
{
    private Entry[] _heap = new Entry[256];
    private long _sequence;

    /// <summary>Events waiting.</summary>
    public int Count { get; private set; }

    /// <summary>Schedules <paramref name="happening"/> at <paramref name="due"/>, after every event already scheduled for that tick.</summary>
    public void Enqueue(long due, SimulationEvent happening)
    {
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        var entry = new Entry(due, ++_sequence, happening);
        var index = Count++;
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (!Entry.Precedes(entry, _heap[parent]))
            {
                break;
            }

            _heap[index] = _heap[parent];
            index = parent;
        }

        _heap[index] = entry;
    }

    /// <summary>Takes the earliest event, or returns false when none is waiting.</summary>
    public bool TryDequeue(out SimulationEvent happening, out long due)
    {
        if (Count == 0)
        {
            (happening, due) = (null!, 0);
            return false;
        }

        var first = _heap[0];
        var last = _heap[--Count];
        _heap[Count] = default;
        if (Count > 0)
        {
            SiftDown(last);
        }

        (happening, due) = (first.Event, first.Due);
        return true;
    }

    // Places `entry` at the root's hole, moving the earlier child up until the entry precedes both children.
    private void SiftDown(Entry entry)
    {
        var index = 0;
        while (true)
        {
            var child = (2 * index) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Entry.Precedes(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Entry.Precedes(_heap[child], entry))
            {
                break;
            }

            _heap[index] = _heap[child];
            index = child;
        }

        _heap[index] = entry;
    }

    private readonly record struct Entry(long Due, long Sequence, SimulationEvent Event)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Precedes(in Entry left, in Entry right) =>
            left.Due < right.Due || (left.Due == right.Due && left.Sequence < right.Sequence);
    }
}
