using Specs.Inventory.Contracts;

namespace Specs.Inventory.EventStore;

/// <summary>One event to append: its id (deterministic, from the id port or a scenario), when it was recorded, and its contract.</summary>
public readonly record struct NewEvent(Guid EventId, long RecordedAtUnixMs, IEventContract Payload);

/// <summary>
/// The idempotency claim of a command: its key, a fingerprint of the request (same key with another
/// request is refused), and the response to give back to every repeat.
/// </summary>
public sealed record IdempotencyClaim(string Key, ulong RequestFingerprint, ReadOnlyMemory<byte> Response);

/// <summary>
/// What one command appends: events of one stream, atomically, with an optimistic concurrency check
/// and optionally an idempotency claim. Several requests may share one write transaction (group
/// commit); each is still all-or-nothing on its own because a refused request writes nothing.
/// </summary>
public sealed record AppendRequest(
    string Stream,
    ExpectedVersion Expected,
    IReadOnlyList<NewEvent> Events,
    Guid? CausationId = null,
    IdempotencyClaim? Idempotency = null);
