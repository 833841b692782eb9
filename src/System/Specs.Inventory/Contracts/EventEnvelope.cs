namespace Specs.Inventory.Contracts;

/// <summary>
/// The envelope fields of one stored event, written with its payload into an <c>EventRecord</c>.
/// Passed by <c>in</c> so that writing a record copies nothing.
/// </summary>
/// <param name="Position">The event's position in the global log (1-based, gapless).</param>
/// <param name="Stream">The stream the event belongs to.</param>
/// <param name="StreamVersion">The event's version within its stream (1-based).</param>
/// <param name="EventId">A unique id for the event.</param>
/// <param name="RecordedAtUnixMs">When the event was recorded, from the clock port, in Unix milliseconds.</param>
/// <param name="CausationId">The command that caused the event, if any.</param>
/// <param name="IdempotencyKey">The idempotency key of that command, if any.</param>
public readonly record struct EventEnvelope(
    ulong Position,
    string Stream,
    ulong StreamVersion,
    Guid EventId,
    long RecordedAtUnixMs,
    Guid? CausationId = null,
    string? IdempotencyKey = null);
