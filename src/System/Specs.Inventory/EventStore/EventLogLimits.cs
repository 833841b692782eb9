namespace Specs.Inventory.EventStore;

/// <summary>Limits of the event log, checked at its boundary before anything is written.</summary>
public static class EventLogLimits
{
    /// <summary>Stream names become part of index keys, which LMDB caps at 511 bytes.</summary>
    public const int MaxStreamNameBytes = 200;

    /// <summary>Idempotency keys become index keys too.</summary>
    public const int MaxIdempotencyKeyBytes = 200;

    /// <summary>Events one append may write: a command emits a handful, never an unbounded list.</summary>
    public const int MaxEventsPerAppend = 1024;

    /// <summary>The response a command's idempotency record keeps for its repeats.</summary>
    public const int MaxResponseBytes = 64 * 1024;
}
