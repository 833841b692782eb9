using Specs.Inventory.Contracts;
using Specs.Inventory.Storage;

namespace Specs.Inventory.EventStore;

/// <summary>
/// Walks stored events in order, checking each record's CRC and that it sits at the position it
/// claims before handing it out. A record that fails either check throws
/// <see cref="CorruptRecordException"/> naming its key: it is reported, never decoded.
/// Nothing is allocated per event: <see cref="Record"/> is a view over the stored bytes.
/// </summary>
public sealed class EventCursor : IDisposable
{
    private readonly IReadTransaction? _transaction;
    private readonly IKeyValueCursor _cursor;
    private ulong _position;
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
    public ulong Position => _valid ? _position : throw new InvalidOperationException("The cursor is not on an event; call MoveNext first.");

    /// <summary>The current event, read in place. Valid until the next MoveNext or the end of the transaction.</summary>
    public EventRecord.View Record => new(Body);

    /// <summary>The current record's FlatBuffers bytes, without the CRC trailer.</summary>
    public ReadOnlySpan<byte> Body
    {
        get
        {
            if (!_valid)
            {
                throw new InvalidOperationException("The cursor is not on an event; call MoveNext first.");
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
        if (!_cursor.MoveNext())
        {
            return false;
        }

        if (_transaction is null)
        {
            // Over the log: the record must sit under the key of the position it claims. Packing the
            // claimed position and comparing key bytes is cheaper than parsing the key's tuple, and a
            // tuple integer has exactly one packing, so equal bytes mean equal positions.
            var key = _cursor.Key;
            var claimedHere = new EventRecord.View(RecordFrame.Open(key, _cursor.Value)).Position;
            if (!key.SequenceEqual(LogKey(claimedHere, stackalloc byte[LogKeyBytes])))
            {
                throw new CorruptRecordException(
                    StorageException.Describe(key),
                    $"the record under this log key claims position {claimedHere}");
            }

            _position = claimedHere;
            _valid = true;
            return true;
        }

        var stored = StoredValue(out var expectedPosition);
        var body = RecordFrame.Open(LogKey(expectedPosition, stackalloc byte[LogKeyBytes]), stored);
        var claimed = new EventRecord.View(body).Position;
        if (claimed != expectedPosition)
        {
            throw new CorruptRecordException(
                StorageException.Describe(LogKey(expectedPosition, stackalloc byte[LogKeyBytes])),
                $"the record at position {expectedPosition} claims position {claimed}");
        }

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
}
