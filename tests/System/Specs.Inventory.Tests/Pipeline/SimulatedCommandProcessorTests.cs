using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Holds;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Sim.Storage;
using Specs.Inventory.Tests.Support;

namespace Specs.Inventory.Tests.Pipeline;

/// <summary>The processor on the simulator's store, plus what its fault hooks can show.</summary>
public sealed class SimulatedCommandProcessorTests : CommandProcessorContract
{
    protected override IKeyValueStore CreateStore() => new SimulatedStore();

    /// <summary>A simulated process crash loses nothing committed: the same store object is the data that survives.</summary>
    protected override IKeyValueStore Reopen(IKeyValueStore store) => store;

    private SimulatedStore Simulated => (SimulatedStore)Store;

    [Fact]
    public void A_batch_is_one_transaction()
    {
        var processor = Open();
        var before = Simulated.Commits;

        processor.Process([Reason("A"), Reason("B"), Reason("a"), Channel("Web"), Reason("C", key: "k")]);

        Assert.Equal(before + 1, Simulated.Commits);
    }

    [Fact]
    public void A_failed_commit_keeps_the_previous_state_head_and_store()
    {
        var processor = Open();
        Run(processor, Reason("Damaged"));
        var state = processor.State;
        var commits = Simulated.Commits;
        Simulated.FailNextCommits(1);

        Assert.Throws<CommitFailedException>(() => processor.Process([Reason("Found", key: "k-1"), Channel("Web")]));

        Assert.Same(state, processor.State);
        Assert.Equal(1ul, processor.Head);
        Assert.Equal(commits, Simulated.Commits);
        Assert.Single(Log());
        // The client retries with the same key: the command runs as if for the first time.
        var retry = Run(processor, Reason("Found", key: "k-1"));
        Assert.Equal((CommandStatus.Accepted, false, 2ul), (retry.Response.Status, retry.IsRepeat, retry.Response.FirstPosition));
        Assert.NotNull(processor.State.ReferenceData.Find(ReferenceKind.Reason, "Found"));
    }

    [Fact]
    public void A_batch_that_throws_keeps_the_previous_state()
    {
        var processor = Open();
        Run(processor, Reason("Damaged"));
        var state = processor.State;

        Assert.Throws<NotSupportedException>(() => processor.Process([Reason("Found"), new SubmitCommand(new CommandNoDeciderKnows())]));

        Assert.Same(state, processor.State);
        Assert.Single(Log());
    }

    [Fact]
    public void The_same_seed_and_requests_give_the_same_bytes()
    {
        static List<(string, string)> RunOnce()
        {
            using var store = new SimulatedStore();
            var processor = CommandProcessor.Open(store, new ManualClock(StartUnixMs), new DeterministicIds(7), timerRules: [PromotionExpiry.Rule]);
            processor.Process([Reason("Damaged", "k"), Channel("promo-a"), Reason("damaged")]);
            processor.Process([new AdvanceClock(PromotionExpiry.EndsAtUnixMs)]);
            return StoreDump.Pairs(store);
        }

        Assert.Equal(RunOnce(), RunOnce());
    }

    /// <summary>
    /// A processor opened without timer rules runs the decider's own (lot expiry and hold expiry): a lot whose
    /// expiry the clock passes is expired by the processor, with no rule handed in.
    /// </summary>
    [Fact]
    public void The_decider_exposes_the_timer_rule_hook_that_the_processor_uses_by_default()
    {
        Assert.Equal([LotRules.ExpiredLotsNotSellable, HoldRules.HoldsExpireByTime], InventoryDecider.TimerRules.Select(rule => rule.RuleId));
        var expiresAt = StartUnixMs + 60_000;
        var processor = CommandProcessor.Open(Store, Clock, new DeterministicIds(1));
        processor.Process(
        [
            new SubmitCommand(new CreateProduct { Sku = "MILK", Name = "Milk", Tracking = TrackingMode.Lot }),
            new SubmitCommand(new RegisterLot { Sku = "MILK", Lot = "L-1", ExpiresAtUnixMs = expiresAt }),
        ]);
        Assert.False(processor.State.Lots.Find("MILK", "L-1")!.Expired);

        var advanced = Assert.Single(processor.Process([new AdvanceClock(expiresAt)]));

        Assert.Equal(new ClockAdvanced(expiresAt, 1, 1), advanced);
        Assert.True(processor.State.Lots.Find("MILK", "L-1")!.Expired);
    }
}
