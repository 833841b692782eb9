using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.EventStore;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Pipeline;

/// <summary>R-12.2 end to end: the node's registered timer rules expire a lot when the clock reaches its expiry.</summary>
public sealed class LotExpiryThroughThePipelineTests
{
    private const long Now = 1_772_355_600_000;
    private const long ExpiresAt = Now + 3_600_000;

    [Fact]
    public void R_12_2_advancing_the_clock_to_a_lots_expiry_records_it_expired_once()
    {
        using var store = new SimulatedStore();
        var clock = new ManualClock(Now);
        var processor = CommandProcessor.Open(store, clock, new DeterministicIds(seed: 5));
        processor.Process(
        [
            new SubmitCommand(new CreateProduct { Sku = "MILK", Name = "Whole milk", Tracking = TrackingMode.Lot }, "create-milk"),
            new SubmitCommand(new RegisterLot { Sku = "MILK", Lot = "L-1", ExpiresAtUnixMs = ExpiresAt }, "lot-l1"),
        ]);

        var early = processor.Process([new AdvanceClock(ExpiresAt - 1)]);
        var due = processor.Process([new AdvanceClock(ExpiresAt)]);
        var again = processor.Process([new AdvanceClock(ExpiresAt + 60_000)]);

        Assert.Equal(0, Assert.IsType<ClockAdvanced>(Assert.Single(early)).TimerEvents);
        Assert.Equal(1, Assert.IsType<ClockAdvanced>(Assert.Single(due)).TimerEvents);
        Assert.Equal(0, Assert.IsType<ClockAdvanced>(Assert.Single(again)).TimerEvents);
        using var read = store.BeginRead();
        using var cursor = EventLog.ReadAll(read, fromPosition: EventLog.Head(read));
        Assert.True(cursor.MoveNext());
        var expired = Assert.IsType<LotExpired>(cursor.Record.DecodePayload());
        Assert.Equal(("MILK", "L-1"), (expired.Sku, expired.Lot));
    }
}
