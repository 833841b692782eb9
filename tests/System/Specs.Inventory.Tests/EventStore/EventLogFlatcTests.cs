using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage.Lmdb;
using Specs.Inventory.Tests.Storage;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.EventStore;

/// <summary>An independent reader understands what the log stores: flatc decodes a value read from LMDB.</summary>
public sealed class EventLogFlatcTests
{
    [Fact]
    public void Flatc_decodes_an_event_value_exactly_as_the_log_stored_it_in_lmdb()
    {
        var flatc = Flatc.Require();
        using var store = LmdbStore.CreateTemporary();
        var log = new EventLog();
        var eventId = Guid.Parse("6f1c2a9e-0000-4000-8000-0000000000a1");
        store.Write(transaction => log.Append(transaction, new AppendRequest(
            "sku/SKU-100",
            ExpectedVersion.NoStream,
            [new NewEvent(eventId, 1_767_225_600_000, new QuantityAdded { Sku = "SKU-100", Warehouse = "MAIN", Location = "A-01", Quantity = 10, Reason = "received" })],
            Idempotency: new("add-10-sku-100", 1, "ok"u8.ToArray()))));

        // The raw value under the log key: the FlatBuffer and its CRC trailer, nothing stripped.
        var stored = store.Get(EventLogKeys.Log.Pack(1ul))!;
        using var json = Flatc.Decode(flatc, stored);

        var root = json.RootElement;
        Assert.Equal(1ul, root.GetProperty("position").GetUInt64());
        Assert.Equal("sku/SKU-100", root.GetProperty("stream").GetString());
        Assert.Equal(1ul, root.GetProperty("stream_version").GetUInt64());
        Assert.Equal("add-10-sku-100", root.GetProperty("idempotency_key").GetString());
        Assert.Equal("QuantityAdded", root.GetProperty("payload_type").GetString());
        var payload = root.GetProperty("payload");
        Assert.Equal("SKU-100", payload.GetProperty("sku").GetString());
        Assert.Equal("A-01", payload.GetProperty("location").GetString());
        Assert.Equal(10, payload.GetProperty("quantity").GetInt64());
        Assert.Equal("received", payload.GetProperty("reason").GetString());
    }
}
