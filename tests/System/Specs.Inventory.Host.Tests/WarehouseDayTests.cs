using Specs.Inventory.Views;

namespace Specs.Inventory.Host.Tests;

/// <summary>Drives the whole day through the API, restarts the server, and finds everything as it was.</summary>
public sealed class WarehouseDayTests
{
    [Fact]
    public async Task A_day_in_a_small_warehouse_survives_a_restart_with_every_view_and_event_as_it_was()
    {
        await using var host = await ApiHost.StartAsync();
        foreach (var step in WarehouseDay.Steps)
        {
            using var response = await host.PostAsync(step.Command, step.Body, idempotencyKey: step.Key);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True((int)response.StatusCode == step.Status, $"{step.Key} {step.Command} {step.Body}: expected {step.Status}, got {(int)response.StatusCode} {body}");
        }

        var before = await SnapshotAsync(host);
        await host.RestartAsync();
        var after = await SnapshotAsync(host);

        Assert.Equal(before, after);
        Assert.Empty(host.Server.RebuiltViews);
        foreach (var step in WarehouseDay.Steps)
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
