using System.Net;
using System.Text;

namespace Specs.Inventory.Host.Tests;

/// <summary>"The clock advances to T" over HTTP, only where the server allows it.</summary>
public sealed class ClockTests
{
    private const long FarFutureUnixMs = 4_102_444_800_000; // 2100-01-01

    [Fact]
    public async Task Advancing_the_clock_moves_the_node_time_forward_and_never_back()
    {
        await using var host = await ApiHost.StartAsync(options => options with { AllowClockAdvance = true });

        var forward = await AdvanceAsync(host, FarFutureUnixMs);
        var back = await AdvanceAsync(host, 1_000);

        Assert.Equal(HttpStatusCode.OK, forward.StatusCode);
        var now = (await ApiHost.ReadJsonAsync(forward)).GetProperty("nowUnixMs").GetInt64();
        Assert.Equal(FarFutureUnixMs, now);
        Assert.Equal(now, (await ApiHost.ReadJsonAsync(back)).GetProperty("nowUnixMs").GetInt64());
        forward.Dispose();
        back.Dispose();
    }

    [Theory]
    [InlineData("4102444800000")]
    [InlineData("4.1024448e12")]
    [InlineData("4102444800000.0")]
    public async Task A_time_in_any_json_spelling_of_a_whole_number_is_read_exactly(string toUnixMs)
    {
        await using var host = await ApiHost.StartAsync(options => options with { AllowClockAdvance = true });

        using var response = await host.Client.PostAsync("/api/clock/advance", new StringContent($"{{\"toUnixMs\":{toUnixMs}}}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FarFutureUnixMs, (await ApiHost.ReadJsonAsync(response)).GetProperty("nowUnixMs").GetInt64());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"toUnixMs\":\"soon\"}")]
    [InlineData("{\"toUnixMs\":1,\"extra\":2}")]
    [InlineData("[1]")]
    [InlineData("{\"toUnixMs\":9223372036854775807}")]
    [InlineData("{\"toUnixMs\":253402300800000}")]
    [InlineData("{\"toUnixMs\":-5}")]
    [InlineData("{\"toUnixMs\":1.5}")]
    [InlineData("{\"toUnixMs\":1e-3}")]
    public async Task A_bad_clock_body_is_answered_400(string body)
    {
        await using var host = await ApiHost.StartAsync(options => options with { AllowClockAdvance = true });

        using var response = await host.Client.PostAsync("/api/clock/advance", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal("toUnixMs", (await ApiHost.ProblemAsync(response, 400)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Without_the_option_no_caller_can_move_the_clock()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await AdvanceAsync(host, FarFutureUnixMs);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var paths = (await host.GetJsonAsync("/openapi.json")).GetProperty("paths");
        Assert.False(paths.TryGetProperty("/api/clock/advance", out _));
    }

    private static Task<HttpResponseMessage> AdvanceAsync(ApiHost host, long toUnixMs) =>
        host.Client.PostAsync("/api/clock/advance", new StringContent($"{{\"toUnixMs\":{toUnixMs}}}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
