using System.Text;
using Google.FlatBuffers;
using Specs.Inventory.Contracts;
using Specs.Inventory.Storage;

namespace Specs.Inventory.EventStore;

/// <summary>
/// The append-only event log on the ordered key-value port. Every event gets the next global position
/// (gapless, from 1) and the next version of its stream; three indexes are written in the same
/// transaction: stream → positions, event id → position, idempotency key → first response.
/// </summary>
/// <remarks>
/// <para>An event whose id the log already holds is skipped and counted, never written twice: that is
/// what lets a scenario's past events be delivered twice and what makes replicated delivery safe.</para>
/// <para>An instance is used by the store's single writer for appends (it reuses one FlatBuffers builder
/// and one scratch buffer); reads take their own transaction and may run on any thread.</para>
/// </remarks>
public sealed class EventLog
{
    private readonly FlatBufferBuilder _builder = new(512);
    private byte[] _scratch = new byte[1024];

    // The positions of the append in progress, for its idempotency record.
    private readonly ulong[] _positions = new ulong[EventLogLimits.MaxEventsPerAppend];

    // Heads read once per write transaction: a group commit appends many commands in one transaction,
    // and each would otherwise search the tree again for the log's head and its stream's version.
    // Valid only for the transaction they were read in; a new transaction object starts them afresh
    // (a failed or retried Write always runs on a new one).
    private readonly Dictionary<string, ulong> _streamVersions = new(StringComparer.Ordinal);
    private IWriteTransaction? _headsReadIn;
    private ulong _head;
    private bool _headKnown;

    /// <summary>
    /// Appends the events of one request inside <paramref name="transaction"/>. A refusal (version
    /// conflict, idempotency key reused) writes nothing and is returned, not thrown.
    /// </summary>
    /// <exception cref="ArgumentException">the request breaks a limit of <see cref="EventLogLimits"/>.</exception>
    public AppendOutcome Append(IWriteTransaction transaction, AppendRequest request)
    {
        Validate(request);
        Span<byte> key = stackalloc byte[EventLogKeys.MaxKeyBytes];
        var version = StreamVersionIn(transaction, request.Stream);
        if (!_headKnown)
        {
            _head = Head(transaction);
            _headKnown = true;
        }

        var head = _head;
        var count = request.Events.Count;
        var positions = _positions.AsSpan(0, count);

        // A repeated idempotency key answers before the version check: a command retried after it was
        // applied finds the stream moved on by its own events, and must still get its first response.
        if (request.Idempotency is { } claim)
        {
            var claimKey = key[..EventLogKeys.IdempotencyKey(claim.Key, key)];
            if (!request.Expected.Admits(version))
            {
                return TryGetIdempotency(transaction, claim.Key, out var earlier)
                    ? Repeated(claim, earlier, version)
                    : new AppendOutcome(AppendStatus.VersionConflict, 0, 0, version, 0, 0, Expected: request.Expected);
            }

            // Claim the key with the record as it will be when every event is new (their positions follow
            // the head): the check and the write are one tree search. A refused claim writes nothing; only
            // a repeat reads the record it met. The record is rewritten below if some events were known.
            for (var index = 0; index < count; index++)
            {
                positions[index] = head + 1 + (ulong)index;
            }

            if (!transaction.TryInsert(claimKey, EncodeIdempotency(claim, positions)))
            {
                // The claim was refused because the key holds a record, so the read finds it.
                var found = TryGetIdempotency(transaction, claim.Key, out var previous);
                Diagnostics.Invariant.Assert(found);
                return Repeated(claim, previous, version);
            }
        }
        else if (!request.Expected.Admits(version))
        {
            return new AppendOutcome(AppendStatus.VersionConflict, 0, 0, version, 0, 0, Expected: request.Expected);
        }

        ulong first = 0;
        var alreadyPresent = 0;
        var written = 0;
        Span<byte> position = stackalloc byte[sizeof(ulong)];
        foreach (var newEvent in request.Events)
        {
            // Claiming the event id first makes the uniqueness check and the index write one tree search;
            // a refused claim writes nothing, so a known event is skipped without a trace.
            EventLogKeys.WritePosition(head + 1, position);
            if (!transaction.TryInsert(key[..EventLogKeys.EventIdKey(newEvent.EventId, key)], position))
            {
                alreadyPresent++;
                continue;
            }

            head++;
            version++;
            first = first == 0 ? head : first;
            positions[written++] = head;
            var envelope = new EventEnvelope(
                head, request.Stream, version, newEvent.EventId, newEvent.RecordedAtUnixMs,
                request.CausationId, request.Idempotency?.Key);
            var record = Frame(EventRecordWriter.Write(_builder, in envelope, newEvent.Payload));

            transaction.Append(key[..EventLogKeys.PositionKey(head, key)], record);
            transaction.Put(key[..EventLogKeys.StreamKey(request.Stream, version, key)], position);
        }

        if (alreadyPresent > 0 && request.Idempotency is { } corrected)
        {
            // Known events took no position: the record keeps only the positions actually written.
            var value = EncodeIdempotency(corrected, positions[..written]);
            transaction.Put(key[..EventLogKeys.IdempotencyKey(corrected.Key, key)], value);
        }

        _head = head;
        _headKnown = true;
        _streamVersions[request.Stream] = version;
        return new AppendOutcome(AppendStatus.Appended, first, written == 0 ? 0 : head, version, written, alreadyPresent);
    }

    /// <summary>
    /// The writer's view of a stream's version inside <paramref name="transaction"/>: searched once per
    /// transaction, then remembered and kept current by this log's appends. A pipeline that checks a
    /// command's expected version before appending asks here, so the append finds the version without a
    /// second cursor. Valid only while every append in the transaction goes through this instance.
    /// </summary>
    public ulong StreamVersionIn(IWriteTransaction transaction, string stream)
    {
        ForgetHeadsUnlessIn(transaction);
        if (!_streamVersions.TryGetValue(stream, out var version))
        {
            version = StreamVersion(transaction, stream);
            _streamVersions[stream] = version;
        }

        return version;
    }

    /// <summary>The position of the last event in the log; 0 when the log is empty.</summary>
    public static ulong Head(IReadTransaction transaction)
    {
        using var cursor = transaction.Range(EventLogKeys.Log.Prefix, LogEnd, reverse: true, limit: 1);
        return cursor.MoveNext() ? EventLogKeys.PositionOf(cursor.Key) : 0;
    }

    /// <summary>How many events <paramref name="stream"/> holds: its current version, 0 when it does not exist.</summary>
    public static ulong StreamVersion(IReadTransaction transaction, string stream)
    {
        Span<byte> begin = stackalloc byte[EventLogKeys.MaxKeyBytes];
        var length = EventLogKeys.StreamPrefix(stream, begin);
        Span<byte> end = stackalloc byte[length + 1];
        begin[..length].CopyTo(end);
        end[length] = 0xFF;
        using var cursor = transaction.Range(begin[..length], end, reverse: true, limit: 1);
        return cursor.MoveNext() ? EventLogKeys.VersionOf(cursor.Key) : 0;
    }

    /// <summary>Finds the position of an event by its id.</summary>
    public static bool TryGetPosition(IReadTransaction transaction, Guid eventId, out ulong position)
    {
        Span<byte> key = stackalloc byte[EventLogKeys.MaxKeyBytes];
        if (transaction.TryGet(key[..EventLogKeys.EventIdKey(eventId, key)], out var value))
        {
            position = EventLogKeys.ReadPosition(value);
            return true;
        }

        position = 0;
        return false;
    }

    /// <summary>Finds what the log remembers of a command by its idempotency key.</summary>
    /// <exception cref="CorruptRecordException">the stored record fails its checksum.</exception>
    public static bool TryGetIdempotency(IReadTransaction transaction, string idempotencyKey, out IdempotencyRecord record)
    {
        Span<byte> key = stackalloc byte[EventLogKeys.MaxKeyBytes];
        var length = EventLogKeys.IdempotencyKey(idempotencyKey, key);
        if (transaction.TryGet(key[..length], out var value))
        {
            record = IdempotencyRecord.Decode(key[..length], value);
            return true;
        }

        record = null!;
        return false;
    }

    /// <summary>Reads the whole log in order from <paramref name="fromPosition"/>, checking every record's CRC.</summary>
    public static EventCursor ReadAll(IReadTransaction transaction, ulong fromPosition = 1, int limit = int.MaxValue)
    {
        Span<byte> begin = stackalloc byte[EventLogKeys.MaxKeyBytes];
        var length = EventLogKeys.PositionKey(Math.Max(fromPosition, 1), begin);
        return EventCursor.OverLog(transaction.Range(begin[..length], LogEnd, limit: limit));
    }

    /// <summary>Reads one stream in version order from <paramref name="fromVersion"/>.</summary>
    public static EventCursor ReadStream(IReadTransaction transaction, string stream, ulong fromVersion = 1, int limit = int.MaxValue)
    {
        Span<byte> begin = stackalloc byte[EventLogKeys.MaxKeyBytes];
        var length = EventLogKeys.StreamKey(stream, Math.Max(fromVersion, 1), begin);
        Span<byte> end = stackalloc byte[EventLogKeys.MaxKeyBytes];
        var prefixLength = EventLogKeys.StreamPrefix(stream, end);
        end[prefixLength] = 0xFF;
        return EventCursor.OverStream(transaction, transaction.Range(begin[..length], end[..(prefixLength + 1)], limit: limit));
    }

    private static ReadOnlySpan<byte> LogEnd => [0x02];

    private void ForgetHeadsUnlessIn(IWriteTransaction transaction)
    {
        if (!ReferenceEquals(transaction, _headsReadIn))
        {
            _headsReadIn = transaction;
            _headKnown = false;
            _streamVersions.Clear();
        }
    }

    private static AppendOutcome Repeated(IdempotencyClaim claim, IdempotencyRecord previous, ulong version)
    {
        var status = previous.RequestFingerprint == claim.RequestFingerprint
            ? AppendStatus.AlreadyApplied
            : AppendStatus.IdempotencyKeyReused;
        return new AppendOutcome(status, 0, 0, version, 0, 0, previous);
    }

    private ReadOnlySpan<byte> EncodeIdempotency(IdempotencyClaim claim, ReadOnlySpan<ulong> positions)
    {
        var value = Scratch(IdempotencyRecord.EncodedLengthOf(positions.Length, claim.Response.Length));
        IdempotencyRecord.Encode(claim.RequestFingerprint, positions, claim.Response.Span, value);
        return value;
    }

    private ReadOnlySpan<byte> Frame(ReadOnlySpan<byte> body)
    {
        var record = Scratch(body.Length + RecordFrame.TrailerBytes);
        body.CopyTo(record);
        RecordFrame.Seal(body, record[body.Length..]);
        return record;
    }

    private Span<byte> Scratch(int length)
    {
        if (_scratch.Length < length)
        {
            _scratch = new byte[Math.Max(length, _scratch.Length * 2)];
        }

        return _scratch.AsSpan(0, length);
    }

    private static void Validate(AppendRequest request)
    {
        CheckText(request.Stream, EventLogLimits.MaxStreamNameBytes, "stream name", nameof(request));
        if (request.Events.Count > EventLogLimits.MaxEventsPerAppend)
        {
            throw new ArgumentException(
                $"An append of {request.Events.Count} events to stream '{request.Stream}' is over the limit of {EventLogLimits.MaxEventsPerAppend}.",
                nameof(request));
        }

        if (request.Idempotency is { } claim)
        {
            CheckText(claim.Key, EventLogLimits.MaxIdempotencyKeyBytes, "idempotency key", nameof(request));
            if (claim.Response.Length > EventLogLimits.MaxResponseBytes)
            {
                throw new ArgumentException(
                    $"The response remembered for idempotency key '{claim.Key}' is {claim.Response.Length} bytes, over the limit of {EventLogLimits.MaxResponseBytes}.",
                    nameof(request));
            }
        }
    }

    private static void CheckText(string text, int maxBytes, string what, string parameter)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes == 0 || bytes > maxBytes)
        {
            throw new ArgumentException(
                bytes == 0 ? $"The {what} is empty." : $"The {what} '{text[..Math.Min(text.Length, 40)]}…' is {bytes} bytes of UTF-8, over the limit of {maxBytes}.",
                parameter);
        }
    }
}
