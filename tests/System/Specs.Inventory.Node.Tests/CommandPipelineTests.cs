using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.EventStore;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;
using Specs.Inventory.Views;
using Specs.Sim.Storage;

namespace Specs.Inventory.Node.Tests;

public sealed class CommandPipelineTests : IDisposable
{
    private const long StartUnixMs = 1_772_355_600_000;
    private const long PromotionEndsUnixMs = 1_772_400_000_000;

    private readonly SimulatedStore _simulated = new();
    private readonly GatedStore _store;
    private readonly ManualClock _clock = new(StartUnixMs);

    public CommandPipelineTests()
    {
        _store = new GatedStore(_simulated);
    }

    /// <summary>A test timer rule: active channels named "promo-…" are deactivated once the promotion ends.</summary>
    private static TimerRule PromotionExpiry { get; } = new("TEST-1", (state, now) =>
        now < PromotionEndsUnixMs
            ? []
            : state.ReferenceData.Channels.Values
                .Where(channel => channel.IsActive && channel.Name.StartsWith("promo-", StringComparison.Ordinal))
                .Select(channel => Decision.Accept(
                    ReferenceDataRules.StreamOf(ReferenceKind.Channel, channel.Name),
                    new ReferenceDeactivated { Kind = ReferenceKind.Channel, Name = channel.Name }))
                .ToArray());

    public void Dispose() => _store.Dispose();

    private Task<CommandPipeline> Start(PipelineOptions? options = null, IKeyValueStore? store = null) =>
        CommandPipeline.StartAsync(
            store ?? _store, _clock, new DeterministicIds(1), options ?? new PipelineOptions { IdleTimerInterval = null }, timerRules: [PromotionExpiry]);

    private static SubmitCommand Reason(string name, string? key = null) => new(new CreateReason { Name = name }, key);

    private static CommandResponse ResponseOf(PipelineReply reply) =>
        Assert.IsType<CommandOutcome>(Assert.IsType<Completed>(reply).Result).Response;

    private int LogCount(IKeyValueStore? store = null)
    {
        using var transaction = (store ?? _store).BeginRead();
        return (int)EventLog.Head(transaction);
    }

    [Fact]
    public async Task Queued_commands_are_committed_in_one_transaction_and_answered_only_after_it()
    {
        await using var pipeline = await Start();
        _store.HoldNextWrite();
        var first = pipeline.Submit(Reason("R-0"));
        _store.WaitUntilHeld();
        var commitsBefore = _store.Commits;
        var queued = Enumerable.Range(1, 20).Select(n => pipeline.Submit(Reason($"R-{n}"))).ToArray();
        var commitsSeenByReplies = queued.Select(reply => reply.ContinueWith(_ => _store.Commits, TaskScheduler.Default)).ToArray();

        Assert.False(first.IsCompleted);
        Assert.DoesNotContain(queued, reply => reply.IsCompleted);
        _store.Release();
        var replies = await Task.WhenAll(queued);

        Assert.Equal(CommandStatus.Accepted, ResponseOf(await first).Status);
        Assert.All(replies, reply => Assert.Equal(CommandStatus.Accepted, ResponseOf(reply).Status));
        Assert.Equal(commitsBefore + 2, _store.Commits); // the held command alone, then the 20 queued ones together
        Assert.All(await Task.WhenAll(commitsSeenByReplies), seen => Assert.Equal(commitsBefore + 2, seen));
        Assert.Equal(20, pipeline.Statistics.LargestBatch);
        Assert.Equal(Enumerable.Range(2, 20).Select(n => (ulong)n), replies.Select(reply => ResponseOf(reply).FirstPosition));
    }

    [Fact]
    public async Task A_refused_command_in_a_group_commit_undoes_none_of_the_others()
    {
        await using var pipeline = await Start();
        _store.HoldNextWrite();
        var held = pipeline.Submit(Reason("Held"));
        _store.WaitUntilHeld();
        var replies = new[] { pipeline.Submit(Reason("Damaged")), pipeline.Submit(Reason("damaged")), pipeline.Submit(Reason("Found")) };
        _store.Release();
        await held;

        var responses = (await Task.WhenAll(replies)).Select(ResponseOf).ToArray();

        Assert.Equal([CommandStatus.Accepted, CommandStatus.Refused, CommandStatus.Accepted], responses.Select(r => r.Status));
        Assert.IsType<NameAlreadyUsed>(responses[1].Refusal);
        Assert.Equal(3, LogCount());
        Assert.Equal(1, pipeline.Statistics.Refusals);
    }

    [Fact]
    public async Task A_full_queue_answers_busy_at_once_and_keeps_what_it_accepted()
    {
        await using var pipeline = await Start(new PipelineOptions { QueueCapacity = 2, MaxBatch = 1, IdleTimerInterval = null });
        _store.HoldNextWrite();
        var taken = pipeline.Submit(Reason("A"));
        _store.WaitUntilHeld();
        var queued = new[] { pipeline.Submit(Reason("B")), pipeline.Submit(Reason("C")) };

        var refused = pipeline.Submit(Reason("D"));

        Assert.True(refused.IsCompletedSuccessfully);
        Assert.Equal(new Busy(2), await refused);
        Assert.Equal(2, pipeline.Statistics.QueueDepth);
        _store.Release();
        Assert.All(await Task.WhenAll([taken, .. queued]), reply => Assert.Equal(CommandStatus.Accepted, ResponseOf(reply).Status));
        Assert.Equal(1, pipeline.Statistics.BusyAnswers);
        Assert.Equal(3, LogCount());
    }

    [Fact]
    public async Task Stopping_drains_the_queue_commits_what_was_accepted_and_refuses_later_submits()
    {
        var pipeline = await Start();
        _store.HoldNextWrite();
        var taken = pipeline.Submit(Reason("A"));
        _store.WaitUntilHeld();
        var queued = new[] { pipeline.Submit(Reason("B")), pipeline.Submit(Reason("C")), pipeline.Submit(Reason("D")) };

        var stopping = pipeline.StopAsync();
        var late = await pipeline.Submit(Reason("E"));
        _store.Release();
        await stopping;

        Assert.Same(Stopped.Instance, late);
        Assert.All(await Task.WhenAll([taken, .. queued]), reply => Assert.Equal(CommandStatus.Accepted, ResponseOf(reply).Status));
        Assert.Equal(4, LogCount());
    }

    [Fact]
    public async Task A_failed_commit_faults_the_batch_keeps_the_previous_state_and_the_retry_succeeds()
    {
        await using var pipeline = await Start();
        ResponseOf(await pipeline.Submit(Reason("Damaged")));
        var state = pipeline.State;
        _simulated.FailNextCommits(1);

        await Assert.ThrowsAsync<CommitFailedException>(() => pipeline.Submit(Reason("Found", key: "k-1")));

        Assert.Same(state, pipeline.State);
        Assert.Equal(1, LogCount());
        var retry = Assert.IsType<CommandOutcome>(Assert.IsType<Completed>(await pipeline.Submit(Reason("Found", key: "k-1"))).Result);
        Assert.Equal((CommandStatus.Accepted, false), (retry.Response.Status, retry.IsRepeat));
        Assert.NotNull(pipeline.State.ReferenceData.Find(ReferenceKind.Reason, "found"));
        Assert.Equal(1, pipeline.Statistics.FailedRequests);
    }

    [Fact]
    public async Task A_request_that_throws_fails_alone_and_the_rest_of_its_batch_commits()
    {
        await using var pipeline = await Start();
        _store.HoldNextWrite();
        var held = pipeline.Submit(Reason("Held"));
        _store.WaitUntilHeld();
        var good = pipeline.Submit(Reason("Damaged"));
        var bad = pipeline.Submit(new SubmitCommand(new CommandNoDeciderKnows()));
        var alsoGood = pipeline.Submit(Reason("Found"));
        _store.Release();
        await held;

        await Assert.ThrowsAsync<NotSupportedException>(() => bad);
        Assert.Equal(CommandStatus.Accepted, ResponseOf(await good).Status);
        Assert.Equal(CommandStatus.Accepted, ResponseOf(await alsoGood).Status);
        Assert.Equal(3, LogCount());
    }

    [Fact]
    public async Task Advancing_the_clock_fires_due_timers_through_the_pipeline()
    {
        await using var pipeline = await Start();
        await pipeline.Submit(new SubmitCommand(new CreateChannel { Name = "promo-spring" }));

        var advanced = Assert.IsType<Completed>(await pipeline.Submit(new AdvanceClock(PromotionEndsUnixMs)));

        Assert.Equal(new ClockAdvanced(PromotionEndsUnixMs, 1, 1), advanced.Result);
        Assert.False(pipeline.State.ReferenceData.Find(ReferenceKind.Channel, "promo-spring")!.IsActive);
        using var transaction = _store.BeginRead();
        Assert.False(ReferenceDataView.Find(transaction, ReferenceKind.Channel, "promo-spring")!.IsActive);
    }

    [Fact]
    public async Task An_idle_node_fires_due_timers_when_its_clock_passes_them()
    {
        await using var pipeline = await Start(new PipelineOptions { IdleTimerInterval = TimeSpan.FromMilliseconds(10) });
        await pipeline.Submit(new SubmitCommand(new CreateChannel { Name = "promo-spring" }));

        _clock.AdvanceTo(PromotionEndsUnixMs);

        var deadline = Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        while (pipeline.State.ReferenceData.Find(ReferenceKind.Channel, "promo-spring")!.IsActive && !deadline.IsCompleted)
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        Assert.False(pipeline.State.ReferenceData.Find(ReferenceKind.Channel, "promo-spring")!.IsActive);
        // Dozens of idle ticks ran, before and after; the statistics count the command and the tick that fired the
        // timer (it committed events), not the ticks that changed nothing.
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.Equal(2, pipeline.Statistics.Requests);
        Assert.Equal(2, pipeline.Statistics.Batches);
    }

    [Fact]
    public async Task After_a_crash_between_commit_and_reply_the_retry_gets_the_first_response_from_the_reopened_store()
    {
        var folder = Directory.CreateTempSubdirectory("specs-pipeline-");
        try
        {
            var options = new LmdbStoreOptions { Path = folder.FullName, Durability = LmdbDurability.Durable };
            Task<PipelineReply> lost;
            Task<PipelineReply> lostRefusal;
            using (var store = new LmdbStore(options))
            {
                var pipeline = await Start(store: store);
                lost = pipeline.Submit(Reason("Damaged", key: "order-17"));
                lostRefusal = pipeline.Submit(Reason("DAMAGED", key: "order-18"));
                await pipeline.StopAsync(); // committed; the client never read the replies
            }

            using (var reopened = new LmdbStore(options))
            {
                await using var pipeline = await Start(store: reopened);
                Assert.NotNull(pipeline.State.ReferenceData.Find(ReferenceKind.Reason, "damaged"));

                var retry = Assert.IsType<CommandOutcome>(Assert.IsType<Completed>(await pipeline.Submit(Reason("Damaged", key: "order-17"))).Result);
                var retryRefusal = Assert.IsType<CommandOutcome>(Assert.IsType<Completed>(await pipeline.Submit(Reason("DAMAGED", key: "order-18"))).Result);
                var reused = ResponseOf(await pipeline.Submit(Reason("Found", key: "order-17")));

                Assert.True(retry.IsRepeat);
                Assert.Equal(ResponseOf(await lost), retry.Response);
                Assert.Equal(ResponseOf(await lostRefusal), retryRefusal.Response);
                Assert.IsType<NameAlreadyUsed>(retryRefusal.Response.Refusal);
                Assert.Equal(CommandStatus.IdempotencyKeyReused, reused.Status);
                Assert.Equal(1, LogCount(reopened));
                Assert.True(ReplayCheck.Run(reopened, InventoryViews.All).Matches);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Many_concurrent_callers_are_all_answered_and_the_views_match_a_replay()
    {
        await using var pipeline = await Start(new PipelineOptions { QueueCapacity = 10_000, MaxBatch = 64, IdleTimerInterval = null });
        var callers = Enumerable.Range(0, 4).Select(caller => Task.Run(async () =>
        {
            var responses = new List<CommandResponse>();
            for (var n = 0; n < 250; n++)
            {
                responses.Add(ResponseOf(await pipeline.Submit(Reason($"c{caller}-{n % 200}", key: $"c{caller}-{n}"))));
            }

            return responses;
        })).ToArray();

        var all = (await Task.WhenAll(callers)).SelectMany(r => r).ToArray();

        Assert.Equal(800, all.Count(r => r.Status == CommandStatus.Accepted));
        Assert.Equal(200, all.Count(r => r.Status == CommandStatus.Refused));
        Assert.Equal(800, LogCount());
        Assert.True(ReplayCheck.Run(_store, InventoryViews.All).Matches);
    }

    [Fact]
    public void Options_out_of_range_are_refused_before_starting()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PipelineOptions { QueueCapacity = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new PipelineOptions { MaxBatch = CommandProcessor.MaxBatchRequests + 1 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new PipelineOptions { IdleTimerInterval = TimeSpan.Zero }.Validate());
    }

    [Fact]
    public void The_system_clock_reads_the_current_utc_time()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var reading = SystemClock.Instance.NowUnixMs;
        Assert.InRange(reading, before, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    }
}
