using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage;
using Specs.Inventory.Tests.Storage;

namespace Specs.Inventory.Tests.EventStore;

/// <summary>The event log's behaviour, run on every storage backend through a subclass.</summary>
public abstract class EventLogContract : IDisposable
{
    private readonly EventLog _log = new();

    protected EventLogContract()
    {
        Store = CreateStore();
    }

    protected IKeyValueStore Store { get; }

    protected abstract IKeyValueStore CreateStore();

    public void Dispose()
    {
        Store.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    protected static NewEvent Added(int n, string sku = "SKU-100", long quantity = 5) =>
        new(Id(n), 1_767_225_600_000 + n, new QuantityAdded { Sku = sku, Warehouse = "MAIN", Location = "A-01", Quantity = quantity, Reason = "received" });

    protected AppendOutcome Append(AppendRequest request) => Store.Write(transaction => _log.Append(transaction, request));

    protected AppendOutcome Append(string stream, params NewEvent[] events) =>
        Append(new AppendRequest(stream, ExpectedVersion.Any, events));

    protected List<(ulong Position, string Stream, ulong Version, Guid EventId, long Quantity)> ReadAll(ulong from = 1)
    {
        using var transaction = Store.BeginRead();
        using var cursor = EventLog.ReadAll(transaction, from);
        var events = new List<(ulong, string, ulong, Guid, long)>();
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            Assert.True(record.TryGetQuantityAdded(out var added));
            events.Add((cursor.Position, record.Stream, record.StreamVersion, record.EventId, added.Quantity));
        }

        return events;
    }

    [Fact]
    public void Events_get_gapless_positions_from_one_and_versions_per_stream()
    {
        Append("sku/SKU-100", Added(1), Added(2));
        Append("sku/SKU-200", Added(3, "SKU-200"));
        var outcome = Append("sku/SKU-100", Added(4));

        Assert.Equal((AppendStatus.Appended, 4ul, 4ul, 3ul, 1), (outcome.Status, outcome.FirstPosition, outcome.LastPosition, outcome.StreamVersion, outcome.Written));
        Assert.Equal(
            [(1ul, "sku/SKU-100", 1ul), (2ul, "sku/SKU-100", 2ul), (3ul, "sku/SKU-200", 1ul), (4ul, "sku/SKU-100", 3ul)],
            ReadAll().Select(e => (e.Position, e.Stream, e.Version)));
    }

    [Fact]
    public void A_stored_event_keeps_its_envelope_and_payload()
    {
        var causation = Id(99);
        Append(new AppendRequest("sku/SKU-100", ExpectedVersion.NoStream, [Added(7, quantity: 42)], causation));

        using var transaction = Store.BeginRead();
        using var cursor = EventLog.ReadAll(transaction);
        Assert.True(cursor.MoveNext());
        var record = EventRecord.Decode(cursor.Record);
        Assert.Equal(new EventEnvelope(1, "sku/SKU-100", 1, Id(7), 1_767_225_600_007, causation), record.Envelope);
        var payload = Assert.IsType<QuantityAdded>(record.Payload);
        Assert.Equal(("SKU-100", "A-01", 42L, "received"), (payload.Sku, payload.Location, payload.Quantity, payload.Reason));
        Assert.False(cursor.MoveNext());
    }

    [Fact]
    public void Reading_from_a_position_starts_there()
    {
        Append("s", Added(1), Added(2), Added(3), Added(4));

        Assert.Equal([3ul, 4ul], ReadAll(from: 3).Select(e => e.Position));
        Assert.Empty(ReadAll(from: 5));
    }

    [Fact]
    public void A_stream_reads_back_in_version_order_and_only_its_own_events()
    {
        Append("a", Added(1, quantity: 1));
        Append("b", Added(2, quantity: 2));
        Append("a", Added(3, quantity: 3), Added(4, quantity: 4));

        using var transaction = Store.BeginRead();
        using var cursor = EventLog.ReadStream(transaction, "a", fromVersion: 2);
        var versions = new List<(ulong Version, ulong Position)>();
        while (cursor.MoveNext())
        {
            versions.Add((cursor.Record.StreamVersion, cursor.Position));
        }

        Assert.Equal([(2ul, 3ul), (3ul, 4ul)], versions);
        Assert.Equal(3ul, EventLog.StreamVersion(transaction, "a"));
        Assert.Equal(0ul, EventLog.StreamVersion(transaction, "c"));
        Assert.Equal(4ul, EventLog.Head(transaction));
    }

    [Fact]
    public void A_stream_name_that_prefixes_another_does_not_see_its_events()
    {
        Append("sku/A", Added(1));
        Append("sku/AB", Added(2), Added(3));

        using var transaction = Store.BeginRead();
        Assert.Equal(1ul, EventLog.StreamVersion(transaction, "sku/A"));
        Assert.Equal(2ul, EventLog.StreamVersion(transaction, "sku/AB"));
    }

    [Fact]
    public void A_version_conflict_is_refused_and_writes_nothing()
    {
        Append("s", Added(1));

        var outcome = Append(new AppendRequest("s", ExpectedVersion.NoStream, [Added(2)]));

        Assert.Equal(AppendStatus.VersionConflict, outcome.Status);
        Assert.Equal(1ul, outcome.StreamVersion);
        Assert.Equal(ExpectedVersion.NoStream, outcome.Expected);
        Assert.Single(ReadAll());
    }

    [Fact]
    public void The_expected_version_admits_exactly_the_current_one()
    {
        Append("s", Added(1), Added(2));

        Assert.Equal(AppendStatus.VersionConflict, Append(new AppendRequest("s", ExpectedVersion.Exactly(1), [Added(3)])).Status);
        Assert.Equal(AppendStatus.Appended, Append(new AppendRequest("s", ExpectedVersion.Exactly(2), [Added(3)])).Status);
    }

    [Fact]
    public void An_event_delivered_twice_is_written_once_and_reported()
    {
        Append("s", Added(1));

        var again = Append("s", Added(1), Added(2));

        Assert.Equal((1, 1, 2ul, 2ul), (again.Written, again.AlreadyPresent, again.FirstPosition, again.StreamVersion));
        Assert.Equal([Id(1), Id(2)], ReadAll().Select(e => e.EventId));
    }

    [Fact]
    public void The_same_event_twice_in_one_request_is_written_once()
    {
        var outcome = Append("s", Added(1), Added(1));

        Assert.Equal((1, 1), (outcome.Written, outcome.AlreadyPresent));
    }

    [Fact]
    public void A_request_whose_events_are_all_known_writes_nothing()
    {
        Append("s", Added(1));

        var outcome = Append("s", Added(1));

        Assert.Equal((AppendStatus.Appended, 0, 0ul, 0ul), (outcome.Status, outcome.Written, outcome.FirstPosition, outcome.LastPosition));
        Assert.Single(ReadAll());
    }

    [Fact]
    public void A_repeated_idempotency_key_returns_the_first_response_and_writes_nothing()
    {
        var first = Append(new AppendRequest("s", ExpectedVersion.Any, [Added(1), Added(2)], Idempotency: new("cmd-1", 0xABCD, "first"u8.ToArray())));
        var repeat = Append(new AppendRequest("s", ExpectedVersion.Any, [Added(3)], Idempotency: new("cmd-1", 0xABCD, "second"u8.ToArray())));

        Assert.Equal(AppendStatus.Appended, first.Status);
        Assert.Equal(AppendStatus.AlreadyApplied, repeat.Status);
        Assert.Equal("first"u8.ToArray(), repeat.Previous!.Response.ToArray());
        Assert.Equal([1ul, 2ul], repeat.Previous.Positions);
        Assert.Equal(2, ReadAll().Count);
    }

    [Fact]
    public void An_idempotency_key_reused_for_another_request_is_refused()
    {
        Append(new AppendRequest("s", ExpectedVersion.Any, [Added(1)], Idempotency: new("cmd-1", 1, "ok"u8.ToArray())));

        var reused = Append(new AppendRequest("s", ExpectedVersion.Any, [Added(2)], Idempotency: new("cmd-1", 2, "ok"u8.ToArray())));

        Assert.Equal(AppendStatus.IdempotencyKeyReused, reused.Status);
        Assert.Equal(1ul, reused.Previous!.RequestFingerprint);
        Assert.Single(ReadAll());
    }

    [Fact]
    public void Records_carry_the_idempotency_key_of_their_command()
    {
        Append(new AppendRequest("s", ExpectedVersion.Any, [Added(1)], Idempotency: new("cmd-9", 1, "ok"u8.ToArray())));

        using var transaction = Store.BeginRead();
        using var cursor = EventLog.ReadAll(transaction);
        Assert.True(cursor.MoveNext());
        Assert.Equal("cmd-9", cursor.Record.IdempotencyKey);
    }

    [Fact]
    public void Several_requests_in_one_transaction_stand_or_fall_alone()
    {
        var log = new EventLog();
        var outcomes = Store.Write(transaction => new[]
        {
            log.Append(transaction, new AppendRequest("a", ExpectedVersion.NoStream, [Added(1)])),
            log.Append(transaction, new AppendRequest("a", ExpectedVersion.NoStream, [Added(2)])),
            log.Append(transaction, new AppendRequest("b", ExpectedVersion.NoStream, [Added(3)])),
        });

        Assert.Equal([AppendStatus.Appended, AppendStatus.VersionConflict, AppendStatus.Appended], outcomes.Select(o => o.Status));
        Assert.Equal([Id(1), Id(3)], ReadAll().Select(e => e.EventId));
    }

    [Fact]
    public void Heads_remembered_in_a_transaction_that_was_rolled_back_are_forgotten()
    {
        var log = new EventLog();
        Assert.Throws<InvalidOperationException>(() => Store.Write<int>(transaction =>
        {
            log.Append(transaction, new AppendRequest("s", ExpectedVersion.Any, [Added(1), Added(2)]));
            throw new InvalidOperationException("the command handler failed after appending");
        }));

        var outcome = Store.Write(transaction => log.Append(transaction, new AppendRequest("s", ExpectedVersion.NoStream, [Added(3)])));

        Assert.Equal((AppendStatus.Appended, 1ul, 1ul), (outcome.Status, outcome.FirstPosition, outcome.StreamVersion));
    }

    [Fact]
    public void An_event_is_found_by_its_id()
    {
        Append("s", Added(1), Added(2));

        using var transaction = Store.BeginRead();
        Assert.True(EventLog.TryGetPosition(transaction, Id(2), out var position));
        Assert.Equal(2ul, position);
        Assert.False(EventLog.TryGetPosition(transaction, Id(3), out _));
    }

    [Fact]
    public void A_flipped_bit_in_a_record_is_reported_with_its_key_and_never_decoded()
    {
        Append("s", Added(1), Added(2));
        var key = EventLogKeys.Log.Pack(2ul);
        var stored = Store.Get(key)!;
        stored[stored.Length / 2] ^= 0x10;
        Store.Put(key, stored);

        var error = Assert.Throws<CorruptRecordException>(() => ReadAll());

        Assert.Equal(Convert.ToHexString(key), error.KeyHex);
        Assert.Contains("CRC-32C mismatch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_stored_at_the_wrong_position_is_reported()
    {
        Append("s", Added(1), Added(2));
        Store.Put(EventLogKeys.Log.Pack(2ul), Store.Get(EventLogKeys.Log.Pack(1ul))!);

        var error = Assert.Throws<CorruptRecordException>(() => ReadAll());

        Assert.Contains("claims position 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_a_good_crc_but_a_broken_structure_fails_with_a_typed_error_whichever_byte_is_wrong()
    {
        // A buggy writer can seal a wrong record with a correct CRC: the CRC check passes, so the bounds
        // checks of the FlatBuffers reads are all that stands between such a record and a read out of
        // bounds. Every byte of the body is broken in turn and resealed, and read both over the log and
        // over its stream.
        Append("s", Added(1), Added(2));
        var key = EventLogKeys.Log.Pack(2ul);
        var original = Store.Get(key)!;
        var bodyLength = original.Length - RecordFrame.TrailerBytes;
        var failures = 0;
        for (var index = 0; index < bodyLength; index++)
        {
            foreach (var mask in new byte[] { 0xFF, 0x80 })
            {
                var broken = original.ToArray();
                broken[index] ^= mask;
                RecordFrame.Seal(broken.AsSpan(0, bodyLength), broken.AsSpan(bodyLength));
                Store.Put(key, broken);

                var overLog = Record.Exception(() => ReadEveryField(transaction => EventLog.ReadAll(transaction)));
                var overStream = Record.Exception(() => ReadEveryField(transaction => EventLog.ReadStream(transaction, "s")));

                Assert.True(overLog is null or MalformedContractException or UnknownContractException or CorruptRecordException, overLog?.ToString());
                Assert.True(overStream is null or MalformedContractException or UnknownContractException or CorruptRecordException, overStream?.ToString());
                failures += overLog is null ? 0 : 1;
            }
        }

        // The test can fail: the root offset, vtable and field offsets are among the broken bytes.
        Assert.True(failures > bodyLength / 4, $"only {failures} of {2 * bodyLength} broken records failed");
    }

    /// <summary>Reads every envelope field and the whole payload of every event the cursor yields.</summary>
    private long ReadEveryField(Func<IReadTransaction, EventCursor> open)
    {
        using var transaction = Store.BeginRead();
        using var cursor = open(transaction);
        long checksum = 0;
        while (cursor.MoveNext())
        {
            var record = cursor.Record;
            checksum += (long)cursor.Position + (long)record.StreamVersion + record.RecordedAtUnixMs
                + record.StreamUtf8.Length + record.IdempotencyKeyUtf8.Length + record.EventId.GetHashCode()
                + (record.CausationId?.GetHashCode() ?? 0) + record.PayloadContractId;
            if (record.TryGetQuantityAdded(out var added))
            {
                checksum += added.Quantity + added.SkuUtf8.Length;
            }

            checksum += record.DecodePayload().GetHashCode();
        }

        return checksum;
    }

    [Fact]
    public void A_corrupt_idempotency_record_is_reported()
    {
        Append(new AppendRequest("s", ExpectedVersion.Any, [Added(1)], Idempotency: new("cmd-1", 1, "ok"u8.ToArray())));
        var key = EventLogKeys.Idempotency.Pack("cmd-1");
        var stored = Store.Get(key)!;
        stored[0] ^= 0xFF;
        Store.Put(key, stored);

        using var transaction = Store.BeginRead();
        Assert.Throws<CorruptRecordException>(() => EventLog.TryGetIdempotency(transaction, "cmd-1", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-stream-name-far-too-long-to-be-a-key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public void A_stream_name_outside_the_limits_is_refused_before_anything_is_written(string stream)
    {
        var error = Assert.Throws<ArgumentException>(() => Append(stream, Added(1)));

        Assert.Contains("stream name", error.Message, StringComparison.Ordinal);
        Assert.Empty(ReadAll());
    }

    [Fact]
    public void Rebuilt_indexes_equal_the_live_ones_byte_for_byte()
    {
        for (var n = 1; n <= 200; n++)
        {
            Append($"sku/SKU-{n % 7}", Added(n * 7919 % 1000 + 1, $"SKU-{n % 7}"));
        }

        Append("日本/商品", Added(5000));
        var streamsBefore = Store.ReadRange(EventLogKeys.Streams.Prefix.ToArray(), EventLogKeys.EventIds.Prefix.ToArray());
        var idsBefore = Store.ReadRange(EventLogKeys.EventIds.Prefix.ToArray(), EventLogKeys.Idempotency.Prefix.ToArray());
        Store.Write(transaction => transaction.ClearRange(EventLogKeys.Streams.Prefix, EventLogKeys.Idempotency.Prefix));

        var indexed = EventLogIndexes.Rebuild(Store);

        Assert.Equal(ReadAll().Count, indexed);
        Assert.Equal(streamsBefore.Hex(), Store.ReadRange(EventLogKeys.Streams.Prefix.ToArray(), EventLogKeys.EventIds.Prefix.ToArray()).Hex());
        Assert.Equal(idsBefore.Hex(), Store.ReadRange(EventLogKeys.EventIds.Prefix.ToArray(), EventLogKeys.Idempotency.Prefix.ToArray()).Hex());
    }
}
