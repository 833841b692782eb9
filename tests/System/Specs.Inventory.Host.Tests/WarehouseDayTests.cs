using Specs.Inventory.Storage;
using Specs.Inventory.Views;
using Specs.Inventory.Views.Stock;

namespace Specs.Inventory.Host.Tests;

/// <summary>Drives the whole day through the API, restarts the server, and finds everything as it was.</summary>
public sealed class WarehouseDayTests
{
    [Fact]
    public async Task A_day_in_a_small_warehouse_survives_a_restart_with_every_view_and_event_as_it_was()
    {
        await using var host = await ApiHost.StartAsync();
        var sent = await DrivenDay.DriveAsync(host);

        var before = await SnapshotAsync(host);
        await host.RestartAsync();
        var after = await SnapshotAsync(host);

        Assert.Equal(before, after);
        Assert.Empty(host.Server.RebuiltViews);
        foreach (var step in sent)
        {
            // Every step repeated after the restart is answered as the first time, and writes nothing.
            using var repeat = await host.PostAsync(step.Command, step.Body, idempotencyKey: step.Key);
            Assert.Equal(step.Status, (int)repeat.StatusCode);
        }

        Assert.Equal(before, await SnapshotAsync(host));
        await host.StopServerAsync();
        using var store = ApiHost.OpenFolder(host.DataFolder);
        var check = ReplayCheck.Run(store, InventoryViews.All);
        Assert.True(check.Matches, check.FirstDifference?.ToString());
        AssertTheEveningFigures(store);
    }

    /// <summary>What the staff expect to see at the end of the day, worked out by hand from the steps.</summary>
    private static void AssertTheEveningFigures(IKeyValueStore store)
    {
        using var read = store.BeginRead();
        long OnHandAt(string sku, string warehouse, string location) =>
            StockView.Locations(read, sku, limit: 100).Where(row => row.Warehouse == warehouse && row.Location == location).Sum(row => row.OnHand);

        // Blue mugs: 40 received and put away, 5 into gift sets, 1 back from one taken apart, 3 shipped; the
        // returned one went to the dock and was written off as damaged.
        Assert.Equal((36L - 3L, 0L), (OnHandAt("SKU-100", "MAIN", "A-01"), OnHandAt("SKU-100", "MAIN", "RCV-01")));
        // Green mugs: 30 received; 5 to A-01 (4 into the sets still assembled), 5 to the west depot, 1 lost in the count.
        Assert.Equal((19L, 1L, 5L), (OnHandAt("SKU-200", "MAIN", "A-02"), OnHandAt("SKU-200", "MAIN", "A-01"), OnHandAt("SKU-200", "WEST", "A-01")));
        Assert.Equal(4L, OnHandAt("GIFT-SET", "MAIN", "A-01"));
        Assert.Equal(12L, OnHandAt("MILK", "MAIN", "A-02"));

        var firstOrder = SalesView.Find(read, "web shop", "web-1001")!;
        Assert.Equal(WarehouseDay.FirstOrder, firstOrder.SaleId);
        Assert.Equal([new SaleLineRow("SKU-100", 3, 3)], firstOrder.Reserved);
        Assert.Equal("1Z999AA10123456784", SaleShipmentsView.Find(read, WarehouseDay.FirstOrder)!.TrackingNumber);
    }

    /// <summary>The log and every view of the registry, page by page, as text.</summary>
    private static async Task<List<string>> SnapshotAsync(ApiHost host)
    {
        var snapshot = new List<string>();
        string? next = "1";
        while (next is not null)
        {
            var page = await host.GetJsonAsync($"/api/events?from={next}&limit=5");
            snapshot.Add(page.GetProperty("events").GetRawText());
            next = page.GetProperty("next").GetString();
        }

        foreach (var view in InventoryViews.All)
        {
            string? after = null;
            do
            {
                var page = await host.GetJsonAsync($"/api/views/{view.Name}?limit=3" + (after is null ? string.Empty : "&after=" + after));
                snapshot.Add(page.GetRawText());
                after = page.GetProperty("next").GetString();
            }
            while (after is not null);
        }

        return snapshot;
    }
}
