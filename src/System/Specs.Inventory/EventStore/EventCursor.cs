using System.Diagnostics.CodeAnalysis;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Wire;
using Specs.Inventory.Storage;

namespace Specs.Inventory.EventStore;

/// <summary>
/// Walks stored events in order, checking each record's CRC and that it sits at the position it
/// claims before handing it out. A record that fails either check throws
/// <see cref="CorruptRecordException"/> naming its key: it is reported, never decoded.
/// Nothing is allocated per event: <see cref="Record"/> is a view over the stored bytes.
/// </summary>
/// <remarks>
/// Each record is opened once: <see cref="MoveNext"/> checks the CRC, opens the FlatBuffers root (its
/// identifier and bounds checks run here, once) and keeps where the root table lies; <see cref="Record"/>
/// reopens the view from that shape without repeating the checks. The CRC does not replace the bounds
/// checks: a record with a good CRC written by a buggy writer must still fail with a typed error, not
/// read out of bounds.
/// </remarks>
public sealed class EventCursor : IDisposable
{
    private readonly IReadTransaction? _transaction;
    private readonly IKeyValueCursor _cursor;
    private ulong _position;
    private TableShape _shape;
    private bool _valid;

    private EventCursor(IReadTransaction? transaction, IKeyValueCursor cursor)
    {
        _transaction = transaction;
        _cursor = cursor;
    }

    internal static EventCursor OverLog(IKeyValueCursor logCursor) => new(null, logCursor);

    internal static EventCursor OverStream(IReadTransaction transaction, IKeyValueCursor streamIndexCursor) =>
        new(transaction, streamIndexCursor);

    /// <summary>The position of the current event in the global log.</summary>
    public ulong Position => _valid ? _position : throw NotOnEvent();

    /// <summary>The current event, read in place. Valid until the next MoveNext or the end of the transaction.</summary>
    public EventRecord.View Record => new(Body, _shape);

    /// <summary>The current record's FlatBuffers bytes, without the CRC trailer.</summary>
    public ReadOnlySpan<byte> Body
    {
        get
        {
            if (!_valid)
            {
                throw NotOnEvent();
            }

            // Over the log the cursor's own value is the record (MoveNext checked its length and CRC), so
            // the key need not be decoded again; over a stream index the record must be looked up again.
            var stored = _transaction is null ? _cursor.Value : StoredValue(out _);
            return stored[..^RecordFrame.TrailerBytes];
        }
    }

    public bool MoveNext()
    {
        _valid = false;
        if (!_cursor.MoveNext(out var key, out var stored))
        {
            return false;
        }

        if (_transaction is null)
        {
            // Over the log: the record must sit under the key of the position it claims. Comparing the
            // key's bytes with the claimed position's packing is cheaper than parsing the key's tuple.
            var record = new EventRecord.View(RecordFrame.Open(key, stored));
            var claimedHere = record.Position;
            if (!EventLogKeys.IsPositionKey(key, claimedHere))
            {
                ThrowMisplaced(key, claimedHere);
            }

            _shape = record.Shape;
            _position = claimedHere;
            _valid = true;
            return true;
        }

        var indexed = StoredValue(out var expectedPosition);
        var body = RecordFrame.Open(LogKey(expectedPosition, stackalloc byte[LogKeyBytes]), indexed);
        var view = new EventRecord.View(body);
        var claimed = view.Position;
        if (claimed != expectedPosition)
        {
            throw new CorruptRecordException(
                StorageException.Describe(LogKey(expectedPosition, stackalloc byte[LogKeyBytes])),
                $"the record at position {expectedPosition} claims position {claimed}");
        }

        _shape = view.Shape;
        _position = expectedPosition;
        _valid = true;
        return true;
    }

    private ReadOnlySpan<byte> StoredValue(out ulong position)
    {
        if (_transaction is null)
        {
            position = EventLogKeys.PositionOf(_cursor.Key);
            return _cursor.Value;
        }

        position = EventLogKeys.ReadPosition(_cursor.Value);
        if (!_transaction.TryGet(LogKey(position, stackalloc byte[LogKeyBytes]), out var stored))
        {
            throw new CorruptRecordException(
                StorageException.Describe(_cursor.Key),
                $"the stream index points at position {position}, which the log does not hold");
        }

        return stored;
    }

    public void Dispose() => _cursor.Dispose();

    /// <summary>A log key: one subspace byte and a packed integer of at most 9 bytes.</summary>
    private const int LogKeyBytes = 16;

    private static ReadOnlySpan<byte> LogKey(ulong position, Span<byte> buffer) =>
        buffer[..EventLogKeys.PositionKey(position, buffer)];

    [DoesNotReturn]
    private static void ThrowMisplaced(ReadOnlySpan<byte> key, ulong claimed) =>
        throw new CorruptRecordException(
            StorageException.Describe(key),
            $"the record under this log key claims position {claimed}");

    private static InvalidOperationException NotOnEvent() =>
        new("The cursor is not on an event; call MoveNext first.");
}
