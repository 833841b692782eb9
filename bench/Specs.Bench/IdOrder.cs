namespace Specs.Bench;

/// <summary>How the workload's event and command ids sort relative to the order they are made in.</summary>
public enum IdOrder
{
    /// <summary>Scattered over the id space, like UUIDv4: every event-id index entry lands on a random page.</summary>
    Random,

    /// <summary>Rising, like UUIDv7 or a counter-based id port: event-id index entries land on the last page.</summary>
    TimeOrdered,
}
