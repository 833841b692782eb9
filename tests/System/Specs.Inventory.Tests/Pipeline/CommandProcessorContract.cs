using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.EventStore;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Views;
using Specs.Inventory.Views.Catalog;
using Specs.Inventory.Tests.Support;

namespace Specs.Inventory.Tests.Pipeline;

/// <summary>The command processor's behaviour, run on every storage backend through a subclass.</summary>
public abstract class CommandProcessorContract : IDisposable
{
    protected const long StartUnixMs = 1_772_355_600_000;

    protected CommandProcessorContract()
    {
        Store = CreateStore();
    }

    protected IKeyValueStore Store { get; private set; }

    protected ManualClock Clock { get; } = new(StartUnixMs);

    /// <summary>A fresh, empty store.</summary>
    protected abstract IKeyValueStore CreateStore();

    /// <summary>The node restarts: the same data, opened again as a new process would.</summary>
    protected abstract IKeyValueStore Reopen(IKeyValueStore store);

    public virtual void Dispose()
    {
        Store.Dispose();
        GC.SuppressFinalize(this);
    }

    protected CommandProcessor Open(ulong seed = 1) =>
        CommandProcessor.Open(Store, Clock, new DeterministicIds(seed), timerRules: [PromotionExpiry.Rule]);

    protected void Restart() => Store = Reopen(Store);

    protected static SubmitCommand Reason(string name, string? key = null, ulong? expected = null) =>
        new(new CreateReason { Name = name }, key, expected);

    protected static SubmitCommand Channel(string name, string? key = null) => new(new CreateChannel { Name = name }, key);

    protected static CommandOutcome Run(CommandProcessor processor, SubmitCommand command) =>
        Assert.IsType<CommandOutcome>(Assert.Single(processor.Process([command])));

    protected List<(ulong Position, string Stream, int ContractId)> Log()
    {
        using var transaction = Store.BeginRead();
        using var cursor = EventLog.ReadAll(transaction);
        var events = new List<(ulong, string, int)>();
        while (cursor.MoveNext())
        {
            events.Add((cursor.Position, cursor.Record.Stream, cursor.Record.PayloadContractId));
        }

        return events;
    }

    protected ReferenceDataRow? Row(ReferenceKind kind, string name)
    {
        using var transaction = Store.BeginRead();
        return ReferenceDataView.Find(transaction, kind, name);
    }

    [Fact]
    public void A_batch_records_each_command_with_its_own_positions_and_stream_versions()
    {
        var processor = Open();
        var results = processor.Process([Reason("Damaged"), Reason("Found"), Channel("Web")]);

        Assert.Equal(
            [(CommandStatus.Accepted, "reason/damaged", 1ul, 1ul), (CommandStatus.Accepted, "reason/found", 2ul, 1ul), (CommandStatus.Accepted, "channel/web", 3ul, 1ul)],
            results.Cast<CommandOutcome>().Select(r => (r.Response.Status, r.Response.Stream, r.Response.FirstPosition, r.Response.StreamVersion)));
        Assert.Equal(3ul, processor.Head);
        Assert.Equal([1ul, 2ul, 3ul], Log().Select(e => e.Position));
        Assert.NotNull(processor.State.ReferenceData.Find(ReferenceKind.Channel, "web"));
        Assert.Equal(new ReferenceDataRow(ReferenceKind.Reason, "Found", true, null), Row(ReferenceKind.Reason, "FOUND"));
    }

    [Fact]
    public void A_refused_command_among_accepted_ones_undoes_none_of_them()
    {
        var processor = Open();
        var results = processor.Process([Reason("Damaged"), Reason("damaged"), Reason("Found")]).Cast<CommandOutcome>().ToArray();

        Assert.Equal([CommandStatus.Accepted, CommandStatus.Refused, CommandStatus.Accepted], results.Select(r => r.Response.Status));
        Assert.Equal(new NameAlreadyUsed(ReferenceKind.Reason, "damaged", "Damaged"), results[1].Response.Refusal);
        Assert.Equal("R-14.1", results[1].Response.Refusal!.RuleId);
        Assert.Equal(["reason/damaged", "reason/found"], Log().Select(e => e.Stream));
        Assert.Equal(2ul, results[2].Response.FirstPosition);
    }

    [Fact]
    public void A_repeated_key_returns_the_first_response_and_writes_nothing()
    {
        var processor = Open();
        var first = Run(processor, Reason("Damaged", key: "k-1"));
        var repeat = Run(processor, Reason("Damaged", key: "k-1"));

        Assert.False(first.IsRepeat);
        Assert.True(repeat.IsRepeat);
        Assert.Equal(first.Response, repeat.Response);
        Assert.Single(Log());
    }

    [Fact]
    public void A_refusal_is_the_first_response_and_is_remembered_under_its_key()
    {
        var processor = Open();
        Run(processor, Reason("Damaged"));
        var refused = Run(processor, Reason("DAMAGED", key: "k-2"));
        var repeat = Run(processor, Reason("DAMAGED", key: "k-2"));

        Assert.Equal(CommandStatus.Refused, refused.Response.Status);
        Assert.True(repeat.IsRepeat);
        Assert.Equal(refused.Response, repeat.Response);
        Assert.IsType<NameAlreadyUsed>(repeat.Response.Refusal);
        Assert.Single(Log());
    }

    [Fact]
    public void The_same_key_with_another_request_is_answered_key_reused_and_writes_nothing()
    {
        var processor = Open();
        var first = Run(processor, Reason("Damaged", key: "k-3"));
        var reused = Run(processor, Reason("Found", key: "k-3"));
        var stillFirst = Run(processor, Reason("Damaged", key: "k-3"));

        Assert.Equal(CommandStatus.IdempotencyKeyReused, reused.Response.Status);
        Assert.Equal(first.Response, stillFirst.Response);
        Assert.Single(Log());
        Assert.Null(processor.State.ReferenceData.Find(ReferenceKind.Reason, "Found"));
    }

    [Fact]
    public void An_expected_stream_version_that_does_not_hold_is_a_conflict_that_writes_nothing()
    {
        var processor = Open();
        var conflict = Run(processor, Reason("Damaged", key: "k-4", expected: 3));
        var created = Run(processor, Reason("Damaged", expected: 0));

        Assert.Equal(CommandResponse.Conflict("reason/damaged", 0, 3), conflict.Response);
        Assert.Equal(CommandStatus.Accepted, created.Response.Status);
        Assert.True(Run(processor, Reason("Damaged", key: "k-4", expected: 3)).IsRepeat);
        Assert.Single(Log());
    }

    [Fact]
    public void Idempotency_holds_across_a_restart_that_replays_the_log()
    {
        var processor = Open();
        var first = Run(processor, Reason("Damaged", key: "k-5"));
        var refused = Run(processor, Reason("damaged", key: "k-6"));

        Restart();
        var reopened = Open(seed: 2);
        Assert.NotNull(reopened.State.ReferenceData.Find(ReferenceKind.Reason, "Damaged"));
        Assert.Equal(1ul, reopened.Head);
        Assert.Equal(new CommandOutcome(first.Response, IsRepeat: true), Run(reopened, Reason("Damaged", key: "k-5")));
        Assert.Equal(new CommandOutcome(refused.Response, IsRepeat: true), Run(reopened, Reason("damaged", key: "k-6")));
        Assert.Equal(CommandStatus.IdempotencyKeyReused, Run(reopened, Reason("Other", key: "k-5")).Response.Status);
        Assert.Single(Log());
    }

    [Fact]
    public void A_crash_between_commit_and_reply_is_answered_by_the_retry_with_the_stored_first_response()
    {
        var processor = Open();
        processor.Process([Reason("Damaged", key: "k-7"), Channel("Web", key: "k-8")]); // committed; the replies never reach the client

        Restart(); // the process died before replying
        var reopened = Open(seed: 3);
        var retry = reopened.Process([Channel("Web", key: "k-8"), Reason("Damaged", key: "k-7")]).Cast<CommandOutcome>().ToArray();

        Assert.All(retry, outcome => Assert.True(outcome.IsRepeat));
        Assert.Equal((2ul, "channel/web"), (retry[0].Response.FirstPosition, retry[0].Response.Stream));
        Assert.Equal((1ul, "reason/damaged"), (retry[1].Response.FirstPosition, retry[1].Response.Stream));
        Assert.Equal(2, Log().Count);
    }

    [Fact]
    public void Accepting_a_command_that_changes_nothing_records_no_event_and_remembers_the_answer()
    {
        var processor = Open();
        Run(processor, Channel("Web"));
        Run(processor, new SubmitCommand(new DeactivateReference { Kind = ReferenceKind.Channel, Name = "Web" }));
        var again = Run(processor, new SubmitCommand(new DeactivateReference { Kind = ReferenceKind.Channel, Name = "web" }, "k-9"));

        Assert.Equal(CommandResponse.Accepted("channel/web", 0, 0, 0, 2), again.Response);
        Assert.True(Run(processor, new SubmitCommand(new DeactivateReference { Kind = ReferenceKind.Channel, Name = "web" }, "k-9")).IsRepeat);
        Assert.Equal(2, Log().Count);
        Assert.False(Row(ReferenceKind.Channel, "WEB")!.IsActive);
    }

    [Fact]
    public void Timers_fire_when_the_clock_advances_past_their_due_time()
    {
        var processor = Open();
        processor.Process([Channel("promo-spring"), Channel("Web"), new AdvanceClock(PromotionExpiry.EndsAtUnixMs - 1)]);
        Assert.True(Row(ReferenceKind.Channel, "promo-spring")!.IsActive);

        var results = processor.Process([new AdvanceClock(PromotionExpiry.EndsAtUnixMs), Channel("promo-late")]);

        Assert.Equal(new ClockAdvanced(PromotionExpiry.EndsAtUnixMs, 1, 1), results[0]);
        Assert.False(Row(ReferenceKind.Channel, "promo-spring")!.IsActive);
        Assert.True(Row(ReferenceKind.Channel, "Web")!.IsActive);
        Assert.Equal(PromotionExpiry.EndsAtUnixMs, processor.NowUnixMs);
        // Asked again at the same time, a rule that already fired has nothing due.
        Assert.Equal(new ClockAdvanced(PromotionExpiry.EndsAtUnixMs, 0, 0), Assert.Single(processor.Process([new AdvanceClock(PromotionExpiry.EndsAtUnixMs)])));
        Assert.True(Row(ReferenceKind.Channel, "promo-late")!.IsActive);
    }

    [Fact]
    public void Timers_fire_at_the_next_batch_when_the_clock_itself_moved()
    {
        var processor = Open();
        Run(processor, Channel("promo-spring"));
        Clock.AdvanceTo(PromotionExpiry.EndsAtUnixMs + 5);

        var created = Run(processor, Reason("Damaged"));

        Assert.False(Row(ReferenceKind.Channel, "promo-spring")!.IsActive);
        Assert.Equal(3ul, created.Response.FirstPosition); // the expiry came first, at position 2
    }

    [Fact]
    public void Rebuilt_views_equal_the_live_ones_byte_for_byte()
    {
        var processor = Open();
        processor.Process([Reason("Damaged", "a"), Reason("Found"), Channel("Web"), Channel("promo-x")]);
        processor.Process([new SubmitCommand(new DeactivateReference { Kind = ReferenceKind.Reason, Name = "found" }), new AdvanceClock(PromotionExpiry.EndsAtUnixMs)]);
        processor.Process([new SubmitCommand(new CreateSupplier { Name = "Acme", Contact = "orders@acme.test" }), Reason("damaged")]);

        var report = ReplayCheck.Run(Store, InventoryViews.All);
        Assert.True(report.Matches, report.FirstDifference?.ToString());
        Assert.Equal(7ul, report.Head);
        var live = StoreDump.AsRead(Store, InventoryViews.All);
        ViewMaintenance.Rebuild(Store, InventoryViews.All);
        EventLogIndexes.Rebuild(Store);
        Assert.Equal(live, StoreDump.AsRead(Store, InventoryViews.All));
    }

    [Fact]
    public void The_replay_check_names_the_first_difference_of_a_corrupted_view()
    {
        var processor = Open();
        processor.Process([Reason("Damaged"), Reason("Found"), Channel("Web")]);
        var key = ViewSubspaces.ReferenceData.Pack((long)ReferenceKind.Reason, "found");
        var good = Convert.ToHexString(Get(key)!);
        var wrong = TupleCodec.Pack("Found", false, null);
        Store.Write(transaction =>
        {
            transaction.Put(key, wrong);
            return 0;
        });

        var report = ReplayCheck.Run(Store, InventoryViews.All);

        Assert.Equal(new ViewDifference("reference-data", Convert.ToHexString(key), good, Convert.ToHexString(wrong)), report.FirstDifference);
        Assert.Contains("reference-data", report.FirstDifference!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_replay_check_names_a_missing_key_an_extra_key_and_a_stale_checkpoint()
    {
        var processor = Open();
        processor.Process([Reason("Damaged"), Channel("Web")]);
        var missing = ViewSubspaces.ReferenceData.Pack((long)ReferenceKind.Channel, "web");
        var value = Get(missing)!;
        Store.Write(transaction => transaction.Delete(missing));
        Assert.Equal(new ViewDifference("reference-data", Convert.ToHexString(missing), Convert.ToHexString(value), null), ReplayCheck.Run(Store, InventoryViews.All).FirstDifference);

        var extra = ViewSubspaces.ReferenceData.Pack((long)ReferenceKind.Channel, "aaa");
        Store.Write(transaction =>
        {
            transaction.Put(missing, value);
            transaction.Put(extra, [1]);
            return 0;
        });
        Assert.Equal(new ViewDifference("reference-data", Convert.ToHexString(extra), null, "01"), ReplayCheck.Run(Store, InventoryViews.All).FirstDifference);

        Store.Write(transaction =>
        {
            transaction.Delete(extra);
            transaction.Delete(ViewSetCheckpoint.Key);
            ViewCheckpoint.Write(transaction, "reference-data", new ViewCheckpoint(ReferenceDataView.Instance.Version, 1));
            return 0;
        });
        Assert.Equal("checkpoints", ReplayCheck.Run(Store, InventoryViews.All).FirstDifference?.View);
    }

    [Fact]
    public void The_replay_check_covers_the_logs_own_indexes()
    {
        var processor = Open();
        processor.Process([Reason("Damaged"), Channel("Web")]);
        Span<byte> key = stackalloc byte[EventLogKeys.MaxKeyBytes];
        var streamKey = key[..EventLogKeys.StreamKey("channel/web", 1, key)].ToArray();
        Store.Write(transaction =>
        {
            transaction.Put(streamKey, new byte[] { 0, 0, 0, 0, 0, 0, 0, 9 });
            return 0;
        });

        var difference = ReplayCheck.Run(Store, InventoryViews.All).FirstDifference;

        Assert.Equal(("log.streams", Convert.ToHexString(streamKey), "0000000000000002"), (difference?.View, difference?.KeyHex, difference?.ExpectedHex));
    }

    [Fact]
    public void A_batch_moves_every_views_checkpoint_in_one_record_and_a_restart_rebuilds_nothing()
    {
        var processor = Open();
        processor.Process([Reason("Damaged"), Channel("Web")]);
        var built = Get(ViewCheckpoint.KeyOf(ReferenceDataView.Instance.Name));

        Restart();
        using var read = Store.BeginRead();

        Assert.All(InventoryViews.All, view => Assert.Equal(new ViewCheckpoint(view.Version, 2), ViewCheckpoint.Read(read, view.Name)));
        Assert.Empty(ViewMaintenance.Outdated(read, InventoryViews.All));
        // The view's own record still says where it was built (the empty log): only the shared record moved.
        Assert.Equal(new ViewCheckpoint(ReferenceDataView.Instance.Version, 0).Encode(), built);
    }

    [Fact]
    public void A_view_the_last_writer_did_not_maintain_falls_behind_and_is_rebuilt_at_start_up()
    {
        Open().Process([Reason("Damaged")]);
        Restart();
        var partial = CommandProcessor.Open(Store, Clock, new DeterministicIds(2), views: [ReferenceDataView.Instance]);
        partial.Process([Channel("Web")]);

        using (var read = Store.BeginRead())
        {
            var outdated = ViewMaintenance.Outdated(read, InventoryViews.All).Select(view => view.Name).ToList();
            Assert.Equal(InventoryViews.All.Select(view => view.Name).Where(name => name != ReferenceDataView.Instance.Name), outdated);
            // Not named by the shared record any more: its own record, where it was built (the empty log).
            Assert.Equal(new ViewCheckpoint(ProductsView.Instance.Version, 0), ViewCheckpoint.Read(read, ProductsView.Instance.Name));
        }

        Restart();
        Open(seed: 3);

        Assert.True(ReplayCheck.Run(Store, InventoryViews.All).Matches);
    }

    [Fact]
    public void A_store_whose_views_each_hold_their_own_position_reads_as_it_did()
    {
        Open().Process([Reason("Damaged"), Channel("Web")]);
        Store.Write(transaction =>
        {
            // What a build that rewrote every view's checkpoint in each batch left: no shared record.
            transaction.Delete(ViewSetCheckpoint.Key);
            foreach (var view in InventoryViews.All)
            {
                ViewCheckpoint.Write(transaction, view.Name, new ViewCheckpoint(view.Version, 2));
            }

            return 0;
        });

        Restart();
        using (var read = Store.BeginRead())
        {
            Assert.Empty(ViewMaintenance.Outdated(read, InventoryViews.All));
        }

        var processor = Open(seed: 4);
        Run(processor, Reason("Found"));
        Assert.True(ReplayCheck.Run(Store, InventoryViews.All).Matches);
    }

    [Fact]
    public void A_damaged_shared_checkpoint_is_named_not_trusted()
    {
        Open().Process([Reason("Damaged")]);
        Store.Write(transaction =>
        {
            transaction.Put(ViewSetCheckpoint.Key, [0x00, 0x01]);
            return 0;
        });

        using var read = Store.BeginRead();
        var error = Assert.Throws<CorruptRecordException>(() => ViewCheckpoint.Read(read, ReferenceDataView.Instance.Name));

        Assert.Equal(Convert.ToHexString(ViewSetCheckpoint.Key), error.KeyHex);
        Assert.Contains("shared checkpoint", error.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_whose_definition_changed_is_rebuilt_at_start_up()
    {
        var processor = Open();
        processor.Process([Reason("Damaged"), Channel("Web")]);
        var key = ViewSubspaces.ReferenceData.Pack((long)ReferenceKind.Channel, "web");
        Store.Write(transaction =>
        {
            transaction.Put(key, [0xEE]); // what an older definition might have stored
            ViewCheckpoint.Write(transaction, "reference-data", new ViewCheckpoint(0, 2));
            return 0;
        });

        Restart();
        Open(seed: 5);

        Assert.True(ReplayCheck.Run(Store, InventoryViews.All).Matches);
        Assert.Equal(new ReferenceDataRow(ReferenceKind.Channel, "Web", true, null), Row(ReferenceKind.Channel, "web"));
    }

    [Fact]
    public void A_view_added_to_a_store_with_events_is_built_from_the_log_at_start_up()
    {
        var processor = CommandProcessor.Open(Store, Clock, new DeterministicIds(1), views: []);
        processor.Process([Reason("Damaged")]);
        Assert.Null(Row(ReferenceKind.Reason, "damaged"));

        Restart();
        Open(seed: 6);

        Assert.Equal(new ReferenceDataRow(ReferenceKind.Reason, "Damaged", true, null), Row(ReferenceKind.Reason, "damaged"));
        Assert.True(ReplayCheck.Run(Store, InventoryViews.All).Matches);
    }

    [Fact]
    public void Views_that_share_a_partition_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CommandProcessor.Open(Store, Clock, new DeterministicIds(1), views: [ReferenceDataView.Instance, ReferenceDataView.Instance]));
        Assert.Contains("reference-data", error.Message, StringComparison.Ordinal);
    }

    private byte[]? Get(byte[] key)
    {
        using var transaction = Store.BeginRead();
        return transaction.TryGet(key, out var value) ? value.ToArray() : null;
    }
}
