using Specs.Inventory.Pipeline;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Runner.Tests.Host;

/// <summary>
/// A deliberately non-idempotent system (test-only): every delivery of a command gets an idempotency key
/// of its own, so the second delivery is decided again instead of answered from the first. The
/// idempotency mode must report it.
/// </summary>
public sealed class NonIdempotentSystem(IScenarioSystem inner) : IScenarioSystem
{
    private int _deliveries;

    public ulong Head => inner.Head;

    public DeliveryResult Deliver(IReadOnlyList<GivenEvent> events) => inner.Deliver(events);

    public void Start() => inner.Start();

    public PipelineResult Submit(PipelineRequest request) => inner.Submit(request is SubmitCommand command
        ? command with { IdempotencyKey = $"{command.IdempotencyKey}-delivery-{++_deliveries}" }
        : request);

    public IReadOnlyList<RecordedEvent> EventsAfter(ulong position) => inner.EventsAfter(position);

    public ViewSnapshot SnapshotViews() => inner.SnapshotViews();

    public ReplayCheckReport CheckReplay() => inner.CheckReplay();

    public T Read<T>(Func<IReadTransaction, T> read) => inner.Read(read);

    public void Dispose() => inner.Dispose();
}
