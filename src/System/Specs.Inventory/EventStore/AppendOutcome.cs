namespace Specs.Inventory.EventStore;

/// <summary>How an append ended.</summary>
public enum AppendStatus
{
    /// <summary>The new events were written (events whose ids the log already held were skipped).</summary>
    Appended,

    /// <summary>The idempotency key was seen before with the same request: nothing written, first response returned.</summary>
    AlreadyApplied,

    /// <summary>The idempotency key was seen before with a different request: refused, nothing written.</summary>
    IdempotencyKeyReused,

    /// <summary>The stream's version was not the expected one: refused, nothing written.</summary>
    VersionConflict,
}

/// <summary>The result of <see cref="EventLog.Append"/>. Refusals are results, not exceptions: they are normal business.</summary>
/// <param name="Status">How the append ended.</param>
/// <param name="FirstPosition">Position of the first event written (0 when none was).</param>
/// <param name="LastPosition">Position of the last event written (0 when none was).</param>
/// <param name="StreamVersion">The stream's version after the append (or as found, when refused).</param>
/// <param name="Written">How many events were written.</param>
/// <param name="AlreadyPresent">Events skipped because the log already held their id (a past event delivered twice).</param>
/// <param name="Previous">For <see cref="AppendStatus.AlreadyApplied"/> and <see cref="AppendStatus.IdempotencyKeyReused"/>: what the key recorded first.</param>
/// <param name="Expected">For <see cref="AppendStatus.VersionConflict"/>: what the caller expected.</param>
public sealed record AppendOutcome(
    AppendStatus Status,
    ulong FirstPosition,
    ulong LastPosition,
    ulong StreamVersion,
    int Written,
    int AlreadyPresent,
    IdempotencyRecord? Previous = null,
    ExpectedVersion? Expected = null);
