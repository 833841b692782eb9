using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain;
using Specs.Inventory.Ports;

namespace Specs.Inventory.Tests.Domain;

/// <summary>
/// The small warehouse of <see cref="StockWorld"/> plus what purchasing, sales and holds cite:
/// supplier Acme, channels Web and Shop, products MUG and TEA and the kit GIFT-BOX (2 MUG + 1 TEA).
/// <c>After</c> turns commands into history through the real decider, so tests start from
/// states the rules themselves produced.
/// </summary>
internal static class OrderWorld
{
    public static IEventContract[] Basics =>
    [
        .. StockWorld.Basics,
        new SupplierCreated { Name = "Acme" },
        new ChannelCreated { Name = "Web" },
        new ChannelCreated { Name = "Shop" },
        StockWorld.Product("MUG"),
        StockWorld.Product("TEA"),
        StockWorld.Product("GIFT-BOX"),
        new KitCreated { Sku = "GIFT-BOX", Lines = [new KitLine { Sku = "MUG", Quantity = 2 }, new KitLine { Sku = "TEA", Quantity = 1 }] },
    ];

    public static DeciderSpec Given(params IEventContract[] more) => DeciderSpec.Given([.. Basics, .. more]);

    public static InventoryState State(params IEventContract[] more) => InventoryDecider.Replay([.. Basics, .. more]);

    /// <summary>The events <paramref name="commands"/> record, each accepted, after the basics and <paramref name="before"/>.</summary>
    public static IEventContract[] After(IEventContract[] before, params ICommandContract[] commands)
    {
        var state = State(before);
        var events = new List<IEventContract>(before);
        foreach (var command in commands)
        {
            var decision = InventoryDecider.Decide(command, state, new DecisionContext(DeciderSpec.DefaultNowUnixMs, new DeterministicIds(seed: 1)));
            Assert.True(decision.Refusal is null, $"{command.GetType().Name} was refused: {decision.Refusal}");
            state = InventoryDecider.Replay(decision.Events, state);
            events.AddRange(decision.Events);
        }

        return [.. events];
    }

    public static IEventContract[] After(params ICommandContract[] commands) => After([], commands);

    public static CreatePurchaseOrder Order(string number, params (string Sku, long Quantity, long UnitCostMinor)[] lines) => new()
    {
        PurchaseOrder = number,
        Supplier = "Acme",
        Warehouse = "MAIN",
        Lines = [.. lines.Select(line => new PurchaseOrderLine { Sku = line.Sku, Quantity = line.Quantity, UnitCostMinor = line.UnitCostMinor })],
    };

    /// <summary>What <see cref="Order"/> records, at the test clock's time.</summary>
    public static PurchaseOrderCreated Created(string number, params (string Sku, long Quantity, long UnitCostMinor)[] lines) => new()
    {
        PurchaseOrder = number,
        Supplier = "Acme",
        Warehouse = "MAIN",
        Lines = [.. lines.Select(line => new PurchaseOrderLine { Sku = line.Sku, Quantity = line.Quantity, UnitCostMinor = line.UnitCostMinor })],
        CreatedAtUnixMs = DeciderSpec.DefaultNowUnixMs,
    };

    public static ReceiveItems Receipt(string number, string receiptId, params ReceiptLine[] lines) => ReceiptAt("MAIN", "RCV", number, receiptId, lines);

    public static ReceiveItems ReceiptAt(string warehouse, string location, string number, string receiptId, params ReceiptLine[] lines) =>
        new() { PurchaseOrder = number, ReceiptId = receiptId, Warehouse = warehouse, Location = location, Lines = lines };

    public static ReceiptLine Line(string sku, long quantity, string? lot = null, long? expiresAtUnixMs = null, string[]? serials = null) =>
        new() { Sku = sku, Quantity = quantity, Lot = lot, ExpiresAtUnixMs = expiresAtUnixMs, Serials = serials ?? [] };
}
