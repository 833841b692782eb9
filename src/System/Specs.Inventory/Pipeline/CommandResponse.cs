using Specs.Inventory.Domain;

namespace Specs.Inventory.Pipeline;

/// <summary>How a command ended.</summary>
public enum CommandStatus
{
    /// <summary>Decided and recorded (possibly with no events: nothing needed to change).</summary>
    Accepted = 0,

    /// <summary>A business rule refused it; <see cref="CommandResponse.Refusal"/> says which and why.</summary>
    Refused = 1,

    /// <summary>The stream did not hold the version the caller expected.</summary>
    VersionConflict = 2,

    /// <summary>The idempotency key was first used for a different request. Never stored: the first response stays.</summary>
    IdempotencyKeyReused = 3,
}

/// <summary>
/// The response to a command. Every status but <see cref="CommandStatus.IdempotencyKeyReused"/> is
/// remembered under the command's idempotency key (<see cref="CommandResponseCodec"/>), refusals
/// included, and returned as is to every repeat, also after a restart.
/// </summary>
/// <param name="Status">How the command ended.</param>
/// <param name="Stream">The stream it was decided on (empty when refused before a stream was known).</param>
/// <param name="EventCount">Events recorded.</param>
/// <param name="FirstPosition">Log position of the first event recorded (0 when none).</param>
/// <param name="LastPosition">Log position of the last event recorded (0 when none).</param>
/// <param name="StreamVersion">The stream's version afterwards (for a conflict: the version found).</param>
/// <param name="Refusal">For <see cref="CommandStatus.Refused"/>: the typed error, with its rule id.</param>
/// <param name="ExpectedStreamVersion">For <see cref="CommandStatus.VersionConflict"/>: what the caller expected.</param>
public sealed record CommandResponse(
    CommandStatus Status,
    string Stream,
    int EventCount,
    ulong FirstPosition,
    ulong LastPosition,
    ulong StreamVersion,
    DomainError? Refusal = null,
    ulong? ExpectedStreamVersion = null)
{
    public static CommandResponse Accepted(string stream, int eventCount, ulong firstPosition, ulong lastPosition, ulong streamVersion) =>
        new(CommandStatus.Accepted, stream, eventCount, firstPosition, lastPosition, streamVersion);

    public static CommandResponse Refused(DomainError refusal) => new(CommandStatus.Refused, string.Empty, 0, 0, 0, 0, refusal);

    public static CommandResponse Conflict(string stream, ulong actualVersion, ulong expectedVersion) =>
        new(CommandStatus.VersionConflict, stream, 0, 0, 0, actualVersion, ExpectedStreamVersion: expectedVersion);

    public static CommandResponse KeyReused { get; } = new(CommandStatus.IdempotencyKeyReused, string.Empty, 0, 0, 0, 0);
}
