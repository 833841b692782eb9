using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Channels;
using Specs.Inventory.Contracts.Commands.Counts;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Domain.Counts;
using Specs.Inventory.Domain.Kits;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;
using Specs.Inventory.Views.Catalog;
using Specs.Inventory.Views.Channels;
using Specs.Inventory.Views.Counts;
using Specs.Inventory.Views.Kits;
using Specs.Inventory.Views.Locations;
using Specs.Inventory.Views.Lots;
using Specs.Inventory.Views.Stock;
using Specs.Inventory.Tests.Support;

namespace Specs.Inventory.Tests.Views;

/// <summary>The stock core's views over a realistic history, on every storage backend through a subclass.</summary>
public abstract class StockViewsContract : IDisposable
{
    protected StockViewsContract()
    {
        Store = CreateStore();
    }

    protected IKeyValueStore Store { get; }

    protected abstract IKeyValueStore CreateStore();

    public virtual void Dispose()
    {
        Store.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <see cref="StockHistory"/> through the pipeline; every command must be accepted.</summary>
    protected CommandProcessor RunHistory()
    {
        var processor = CommandProcessor.Open(Store, new ManualClock(StockHistory.StartUnixMs), new DeterministicIds(11));
        foreach (var batch in StockHistory.Batches)
        {
            foreach (var result in processor.Process(batch))
            {
                if (result is CommandOutcome outcome)
                {
                    Assert.True(outcome.Response.Status == CommandStatus.Accepted, $"{outcome.Response.Status}: {outcome.Response.Refusal}");
                }
            }
        }

        return processor;
    }

    [Fact]
    public void Views_rebuilt_from_the_log_equal_the_live_ones_byte_for_byte()
    {
        RunHistory();

        var report = ReplayCheck.Run(Store, InventoryViews.All);

        Assert.True(report.Matches, report.FirstDifference?.ToString());
        Assert.True(report.KeysCompared > 60, $"only {report.KeysCompared} keys compared");
        var live = StoreDump.AsRead(Store, InventoryViews.All);
        ViewMaintenance.Rebuild(Store, InventoryViews.All);
        Assert.Equal(live, StoreDump.AsRead(Store, InventoryViews.All));
    }

    [Fact]
    public void The_stock_view_shows_quantities_per_sku_warehouse_and_location()
    {
        var processor = RunHistory();
        using var read = Store.BeginRead();

        Assert.Equal(new SkuQuantities("MUG", 26, 26, 26, 0, 0, 0, 0, 0, 0), StockView.Find(read, "mug"));
        Assert.Equal(new SkuQuantities("LID", 16, 4, 4, 12, 0, 0, 0, 0, 0), StockView.Find(read, "LID"));
        Assert.Equal(new SkuQuantities("MILK", 35, 5, 5, 30, 0, 0, 0, 0, 0), StockView.Find(read, "MILK"));
        Assert.Equal(new SkuQuantities("PHONE", 2, 1, 1, 1, 0, 0, 0, 0, 0), StockView.Find(read, "PHONE"));
        Assert.Null(StockView.Find(read, "OLD"));
        Assert.Equal([new WarehouseQuantities("MUG", "MAIN", 26, 26, 0)], StockView.Warehouses(read, "MUG"));
        Assert.Equal([new LocationQuantities("MUG", "MAIN", "A-01", 13, 13), new LocationQuantities("MUG", "MAIN", "RCV", 13, 13)], StockView.Locations(read, "MUG"));
        Assert.Equal(
            [new LocationQuantities("MILK", "MAIN", "A-01", 25, 5), new LocationQuantities("MILK", "MAIN", "B-01", 10, 0)],
            StockView.Locations(read, "MILK"));
        Assert.Equal(["GIFT", "LID", "MILK", "MUG"], StockView.Contents(read, "main", "a-01").Select(row => row.Sku));
        Assert.Equal(["GIFT", "LID", "MILK", "MUG", "PHONE"], StockView.List(read).Select(row => row.Sku));
        Assert.Equal(["MILK", "MUG"], StockView.List(read, afterSku: "lid", limit: 2).Select(row => row.Sku));
        Assert.Equal(new WarehouseQuantities("LID", "MAIN", 16, 4, 12), StockView.InWarehouse(read, "MAIN", afterSku: "GIFT", limit: 1).Single());
        Assert.Empty(StockView.InWarehouse(read, "west"));
        foreach (var sku in new[] { "MUG", "LID", "MILK", "PHONE", "GIFT" })
        {
            var figures = StockFigures.Of(processor.State, sku);
            Assert.Equal((figures.OnHand, figures.Available, figures.NonSellable), (StockView.Find(read, sku)!.OnHand, StockView.Find(read, sku)!.Available, StockView.Find(read, sku)!.NonSellable));
        }
    }

    [Fact]
    public void The_catalog_places_lots_serials_and_kits_views_show_the_day()
    {
        var processor = RunHistory();
        using var read = Store.BeginRead();

        var mug = ProductsView.Find(read, "MUG-BLUE-0001");
        Assert.Equal(("MUG", TrackingMode.None, true, false), (mug!.Sku, mug.Tracking, mug.IsActive, mug.IsKit));
        Assert.Equal(["mug-blue-0001"], mug.AlternateSkus);
        Assert.Equal(("Mug lid (black)", (string?)null), (ProductsView.Find(read, "lid")!.Name, ProductsView.Find(read, "lid")!.Description));
        Assert.False(ProductsView.Find(read, "OLD")!.IsActive);
        Assert.True(ProductsView.Find(read, "GIFT")!.IsKit);
        Assert.Equal(TrackingMode.Lot, ProductsView.Find(read, "MILK")!.Tracking);
        Assert.Equal(7, ProductsView.List(read).Count);

        Assert.Equal(new LocationRow("MAIN", "A-02", LocationType.Pick, Sellable: false, Locked: false), PlacesView.FindLocation(read, "main", "a-02"));
        Assert.Null(PlacesView.FindLocation(read, "MAIN", "TMP"));
        Assert.Equal(["A-01", "A-02", "B-01", "RCV"], PlacesView.Locations(read, "MAIN").Select(row => row.Location));
        Assert.Equal(["MAIN", "WEST"], PlacesView.Warehouses(read).Select(row => row.Code));

        Assert.Equal(new LotRow("MILK", "L1", StockHistory.MilkL1ExpiresAt, Expired: true, OnHand: 30), LotsAndSerialsView.FindLot(read, "milk", "l1"));
        Assert.Equal(new LotRow("MILK", "L2", null, Expired: false, OnHand: 5), LotsAndSerialsView.FindLot(read, "MILK", "L2"));
        Assert.Equal(
            [
                new SerialRow("PHONE", "SN-1", SerialPlace.NotInStock, null, null),
                new SerialRow("PHONE", "SN-2", SerialPlace.NotInStock, null, null),
                new SerialRow("PHONE", "SN-7", SerialPlace.AtLocation, "MAIN", "B-01"),
                new SerialRow("PHONE", "SN-9", SerialPlace.AtLocation, "MAIN", "A-02"),
            ],
            LotsAndSerialsView.Serials(read, "PHONE"));

        var gift = KitAvailabilityView.Find(read, "gift");
        Assert.Equal(new KitRow("GIFT", 10, 6, 4, gift!.Lines), gift);
        Assert.Equal([new KitComponent("MUG", 2), new KitComponent("LID", 1)], gift.Lines);
        Assert.Equal(KitAvailability.Of(processor.State, "GIFT"), gift.Availability);
        Assert.Equal((5L, KitAvailability.Of(processor.State, "BOX")), (KitAvailabilityView.Find(read, "BOX")!.Availability, 5L));
    }

    [Fact]
    public void The_replay_check_names_a_corrupted_stock_view_key()
    {
        RunHistory();
        var key = ViewSubspaces.Stock.Pack(0L, "lid");
        byte[] good;
        using (var read = Store.BeginRead())
        {
            Assert.True(read.TryGet(key, out var stored));
            good = stored.ToArray();
        }

        var wrong = TupleCodec.Pack("LID", 17L, 4L, 4L, 13L, 0L, 0L, 0L, 0L, 0L);
        Store.Write(transaction =>
        {
            transaction.Put(key, wrong);
            return 0;
        });

        var report = ReplayCheck.Run(Store, InventoryViews.All);

        Assert.Equal(new ViewDifference("stock", Convert.ToHexString(key), Convert.ToHexString(good), Convert.ToHexString(wrong)), report.FirstDifference);
    }

    [Fact]
    public void The_replay_check_names_a_location_row_left_behind_when_stock_left()
    {
        RunHistory();
        var stale = ViewSubspaces.Stock.Pack(2L, "mug", "west", "a-01");
        var value = TupleCodec.Pack("MUG", "WEST", "A-01", 7L, 7L);
        Store.Write(transaction =>
        {
            transaction.Put(stale, value);
            return 0;
        });

        var difference = ReplayCheck.Run(Store, InventoryViews.All).FirstDifference;

        Assert.Equal(new ViewDifference("stock", Convert.ToHexString(stale), null, Convert.ToHexString(value)), difference);
    }

    [Fact]
    public void A_count_and_channel_pushes_keep_every_view_equal_to_its_rebuild()
    {
        var processor = RunHistory();
        Expect(processor, new StartCount { Warehouse = "MAIN", Locations = ["A-01"], Reason = "Cycle count" });
        var countId = Assert.Single(processor.State.Counts.Counts.Keys);
        foreach (var line in processor.State.Counts.Counts[countId].Lines.Values.ToArray())
        {
            var counted = line.Key.Sku == "MUG" ? line.Snapshot - 1 : line.Snapshot;
            Expect(processor, new RecordCount { CountId = countId, Sku = line.Key.Sku, Location = line.Key.Location, Lot = line.Key.Lot.Length == 0 ? null : line.Key.Lot, Quantity = counted });
        }

        Expect(processor, new ApproveCount { CountId = countId });
        Expect(processor, new CreateChannel { Name = "Web" });
        Expect(processor, new ConnectChannel { Channel = "web" });
        Expect(processor, new SetChannelRule { Channel = "Web", BufferPercent = 10 });
        Expect(processor, new PushQuantities { Channel = "Web" });
        Expect(processor, new RemoveItem { Sku = "MUG", Warehouse = "MAIN", Location = "RCV", Quantity = 10, Reason = "Damaged" });
        Expect(processor, new PushQuantities { Channel = "Web" });

        var report = ReplayCheck.Run(Store, InventoryViews.All);

        Assert.True(report.Matches, report.FirstDifference?.ToString());
        using var read = Store.BeginRead();
        var count = CountsView.Find(read, countId)!;
        Assert.Equal((CountStatus.Approved, 5L, 5L, 0L), (count.Status, count.Lines, count.LinesCounted, count.RecountsPending));
        Assert.Equal([(-1L, 13L)], CountsView.Lines(read, countId).Where(line => line.Variance != 0).Select(line => (line.Variance, line.Expected)));
        Assert.Equal(15, StockView.Find(read, "MUG")!.OnHand);
        Assert.Equal((13L, 15L), (ChannelQuantitiesView.Find(read, "WEB", "mug")!.Quantity, ChannelQuantitiesView.Find(read, "web", "MUG")!.Available));
        Assert.Equal(6, ChannelQuantitiesView.Pushed(read, "Web").Count);
        Assert.Equal([new ChannelRuleRow("Web", null, 10, null, null)], ChannelQuantitiesView.Rules(read, "Web"));
    }

    [Fact]
    public void An_accent_typed_as_its_own_mark_is_the_same_code_for_the_rules_and_the_views()
    {
        // "É" as one character (U+00C9), and as E followed by a combining acute (U+0301), as a Mac or a CSV export may type it.
        var processor = RunHistory();
        Expect(processor, new CreateProduct { Sku = "CAFE\u0301-1", Name = "Cafe\u0301 au lait" });
        Expect(processor, new CreateLocation { Warehouse = "MAIN", Location = "CAVE\u0301", Type = LocationType.Bulk });
        Expect(processor, new AddItem { Sku = "caf\u00E9-1", Warehouse = "MAIN", Location = "cav\u00E9", Quantity = 4, Reason = "Received" });
        Expect(processor, new AddItem { Sku = "cafe\u0301-1", Warehouse = "MAIN", Location = "CAVE\u0301", Quantity = 3, Reason = "Received" });

        using var read = Store.BeginRead();
        Assert.Equal(("CAF\u00C9-1", "Caf\u00E9 au lait"), (ProductsView.Find(read, "CAFE\u0301-1")!.Sku, ProductsView.Find(read, "CAFE\u0301-1")!.Name));
        Assert.Equal(7, StockView.Find(read, "caf\u00E9-1")!.OnHand);
        Assert.Equal(7, StockView.Find(read, "CAFE\u0301-1")!.OnHand);
        Assert.Equal([new LocationQuantities("CAF\u00C9-1", "MAIN", "CAV\u00C9", 7, 7)], StockView.Contents(read, "main", "cave\u0301"));
        var report = ReplayCheck.Run(Store, InventoryViews.All);
        Assert.True(report.Matches, report.FirstDifference?.ToString());
    }

    [Fact]
    public void Views_follow_600_seeded_random_commands_and_equal_their_rebuild()
    {
        var processor = RunHistory();
        Expect(processor, new CreateChannel { Name = "Web" });
        Expect(processor, new ConnectChannel { Channel = "Web" });
        var random = new Random(20260301);
        string[] skus = ["MUG", "LID", "GIFT", "BOX", "MILK"];
        string[] locations = ["A-01", "A-02", "B-01", "RCV"];
        string Pick(string[] from) => from[random.Next(from.Length)];
        for (var batch = 0; batch < 60; batch++)
        {
            var requests = new List<PipelineRequest>();
            for (var i = 0; i < 10; i++)
            {
                var sku = Pick(skus);
                var lot = sku == "MILK" ? (random.Next(2) == 0 ? "L1" : "L2") : null;
                var quantity = random.Next(1, 6);
                ICommandContract command = random.Next(9) switch
                {
                    0 or 1 => new AddItem { Sku = sku, Warehouse = "MAIN", Location = Pick(locations), Quantity = quantity, Reason = "Received", Lot = lot },
                    2 => new RemoveItem { Sku = sku, Warehouse = "MAIN", Location = Pick(locations), Quantity = quantity, Reason = "Damaged", Lot = lot },
                    3 => new MoveItem { Sku = sku, Warehouse = "MAIN", FromLocation = Pick(locations), ToLocation = Pick(locations), Quantity = quantity, Lot = lot },
                    4 => new SetItemQuantity { Sku = sku, Warehouse = "MAIN", Location = Pick(locations), Quantity = random.Next(0, 8), Reason = "Cycle count", Lot = lot },
                    5 => new SetSellable { Warehouse = "MAIN", Location = Pick(locations), Sellable = random.Next(2) == 0 },
                    6 => new AssembleKit { Sku = "GIFT", Warehouse = "MAIN", Location = Pick(locations), Quantity = random.Next(1, 3) },
                    7 => new DisassembleKit { Sku = "GIFT", Warehouse = "MAIN", Location = Pick(locations), Quantity = 1 },
                    _ => new PushQuantities { Channel = "Web" },
                };
                requests.Add(new SubmitCommand(command));
            }

            processor.Process(requests);
        }

        var report = ReplayCheck.Run(Store, InventoryViews.All);

        Assert.True(report.Matches, report.FirstDifference?.ToString());
        using var read = Store.BeginRead();
        foreach (var sku in skus)
        {
            var figures = StockFigures.Of(processor.State, sku);
            var row = StockView.Find(read, sku) ?? new SkuQuantities(sku, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            Assert.Equal((figures.OnHand, figures.Available, figures.Sellable), (row.OnHand, row.Available, row.Sellable));
            Assert.Equal(figures.OnHand, StockView.Locations(read, sku).Sum(location => location.OnHand));
        }

        Assert.Equal(KitAvailability.Of(processor.State, "BOX"), KitAvailabilityView.Find(read, "BOX")!.Availability);
    }

    private static void Expect(CommandProcessor processor, ICommandContract command)
    {
        var outcome = Assert.IsType<CommandOutcome>(Assert.Single(processor.Process([new SubmitCommand(command)])));
        Assert.True(outcome.Response.Status == CommandStatus.Accepted, $"{command.GetType().Name}: {outcome.Response.Status} {outcome.Response.Refusal}");
    }
}
