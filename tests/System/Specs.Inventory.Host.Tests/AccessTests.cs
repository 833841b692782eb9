using System.Net;
using Specs.Inventory.Node;

namespace Specs.Inventory.Host.Tests;

/// <summary>Backpressure and the bearer token, over HTTP.</summary>
public sealed class AccessTests
{
    [Fact]
    public async Task A_full_queue_answers_503_with_retry_after_and_queues_nothing()
    {
        GatedStore? gated = null;
        await using var host = await ApiHost.StartAsync(options => options with
        {
            Pipeline = new PipelineOptions { QueueCapacity = 1, MaxBatch = 1, IdleTimerInterval = null },
            OpenStore = folder => gated = new GatedStore(ApiHost.OpenFolder(folder)),
        });
        gated!.HoldNextWrite();

        var inWrite = host.PostAsync("CreateReason", "{\"name\":\"First\"}");
        gated.WaitUntilHeld();
        var queued = host.PostAsync("CreateReason", "{\"name\":\"Second\"}");
        await WaitUntilAsync(() => host.Server.Statistics.QueueDepth == 1);
        using var busy = await host.PostAsync("CreateReason", "{\"name\":\"Third\"}", idempotencyKey: "third");

        var problem = await ApiHost.ProblemAsync(busy, 503);
        Assert.Equal("urn:specs-inventory:problem:busy", problem.GetProperty("type").GetString());
        Assert.Equal("1", Assert.Single(busy.Headers.GetValues("Retry-After")));
        gated.Release();
        using (var first = await inWrite)
        using (var second = await queued)
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        Assert.Equal(2UL, await host.HeadAsync());
        using var retried = await host.PostAsync("CreateReason", "{\"name\":\"Third\"}", idempotencyKey: "third");
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task With_a_token_every_endpoint_but_health_requires_it()
    {
        await using var host = await ApiHost.StartAsync(options => options with { BearerToken = "s3cret-token" });

        using var anonymous = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}");
        var problem = await ApiHost.ProblemAsync(anonymous, 401);
        Assert.Equal("Authorization", problem.GetProperty("field").GetString());
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        foreach (var path in new[] { "/api/events", "/api/views", "/metrics", "/openapi.json", "/api/commands" })
        {
            using var read = await host.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        }

        host.SetBearer("s3cret-tokeN");
        using var wrong = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}");
        var wrongProblem = await ApiHost.ProblemAsync(wrong, 401);
        Assert.Equal("error=\"invalid_token\"", wrong.Headers.WwwAuthenticate.Single().Parameter);
        Assert.Equal("The Authorization header is not this server's bearer token", wrongProblem.GetProperty("title").GetString());
        host.SetBearer(null);
        Assert.Equal(0UL, await host.HeadAsync());

        host.SetBearer("s3cret-token");
        using var allowed = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(1UL, await host.HeadAsync());

        // The scheme's name is case-insensitive (RFC 9110 §11.1).
        using var lowerCase = new HttpRequestMessage(HttpMethod.Get, "/api/views");
        lowerCase.Headers.TryAddWithoutValidation("Authorization", "bearer s3cret-token");
        host.SetBearer(null);
        using var lowerCaseAnswer = await host.Client.SendAsync(lowerCase, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, lowerCaseAnswer.StatusCode);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 3000 && !condition(); i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.True(condition(), "the condition never held");
    }
}
