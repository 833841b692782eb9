using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// One scenario's own instance of the system under test, as a target provides it: the lmdb target a fresh
/// LMDB environment, the sim target a simulated cluster. The host drives it in a fixed order: Deliver the
/// past events (once, or twice under --idempotency), Start, Submit the When (twice under --idempotency),
/// then read. Used by one thread at a time.
/// </summary>
public interface IScenarioSystem : IDisposable
{
    /// <summary>Appends past events to the log as recorded history (no decider sees them). Only before <see cref="Start"/>.</summary>
    DeliveryResult Deliver(IReadOnlyList<GivenEvent> events);

    /// <summary>Starts the node on what the log holds: the state and every view are rebuilt from the past events.</summary>
    void Start();

    /// <summary>Runs one request through the same command processor the HTTP API calls.</summary>
    PipelineResult Submit(PipelineRequest request);

    /// <summary>The log position of the last event.</summary>
    ulong Head { get; }

    /// <summary>The events after <paramref name="position"/>, in log order.</summary>
    IReadOnlyList<RecordedEvent> EventsAfter(ulong position);

    /// <summary>Every key of every view the node maintains, in store order.</summary>
    ViewSnapshot SnapshotViews();

    /// <summary>Rebuilds every view from the log and compares it with the stored one, byte for byte.</summary>
    ReplayCheckReport CheckReplay();

    /// <summary>Reads the store on one snapshot (views are read this way by Then steps).</summary>
    T Read<T>(Func<IReadTransaction, T> read);
}

/// <summary>What a target's system gets to build itself: the scenario, its clock and its id generator.</summary>
public sealed record ScenarioSystemContext(ScenarioIdentity Identity, IClock Clock, IIdGenerator Ids);

/// <summary>How one delivery of past events went: events written, and events the log already held (skipped).</summary>
public readonly record struct DeliveryResult(int Written, int AlreadyPresent);

/// <summary>A past event of a scenario: a deterministic id, its stream, when it was recorded, and its contract.</summary>
public sealed record GivenEvent(Guid EventId, string Stream, long RecordedAtUnixMs, IEventContract Payload);

/// <summary>An event as the log holds it.</summary>
public sealed record RecordedEvent(ulong Position, string Stream, ulong StreamVersion, Guid EventId, long RecordedAtUnixMs, IEventContract Payload);
