using System.Text.Json;

namespace Specs.Inventory.Host.Tests;

/// <summary>
/// A server that has been through <see cref="WarehouseDay"/>, shared by the tests of one class: the day is a few
/// hundred commands, and tests that only read its views need not send them again each.
/// </summary>
public sealed class DrivenDay : IAsyncLifetime
{
    private ApiHost? _host;

    internal ApiHost Host => _host ?? throw new InvalidOperationException("The day has not been driven yet.");

    public async ValueTask InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        await DriveAsync(_host);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Sends every step of the day, asserting each answer's status; returns the steps as sent (ids filled in).</summary>
    internal static async Task<List<DayStep>> DriveAsync(ApiHost host)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var sent = new List<DayStep>();
        foreach (var planned in WarehouseDay.Steps)
        {
            var step = planned with { Body = ids.Aggregate(planned.Body, (body, id) => body.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal)) };
            using var response = await host.PostAsync(step.Command, step.Body, idempotencyKey: step.Key);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True((int)response.StatusCode == step.Status, $"{step.Key} {step.Command} {step.Body}: expected {step.Status}, got {(int)response.StatusCode} {body}");
            if (step.Capture is { } name)
            {
                // The server names picklists, transfers and counts; its answer's stream ends with the id.
                var stream = JsonDocument.Parse(body).RootElement.GetProperty("stream").GetString()!;
                ids[name] = Guid.Parse(stream[(stream.LastIndexOf('/') + 1)..]).ToString();
            }

            sent.Add(step);
        }

        return sent;
    }
}
