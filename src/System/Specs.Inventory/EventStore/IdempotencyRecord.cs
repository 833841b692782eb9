using System.Buffers.Binary;
using Specs.Inventory.Storage;

namespace Specs.Inventory.EventStore;

/// <summary>
/// What the log remembers of a command that carried an idempotency key: a fingerprint of the request
/// (so the same key reused for a different request can be refused), the response first given, and the
/// log positions its events took. A repeat returns this, and writes nothing.
/// </summary>
/// <remarks>Stored as: fingerprint (8) · position count (4) · positions (8 each) · response · CRC-32C trailer.</remarks>
public sealed record IdempotencyRecord(ulong RequestFingerprint, IReadOnlyList<ulong> Positions, ReadOnlyMemory<byte> Response)
{
    private const int HeaderBytes = sizeof(ulong) + sizeof(int);

    public int EncodedLength => EncodedLengthOf(Positions.Count, Response.Length);

    /// <summary>The stored length of a record of <paramref name="positionCount"/> positions and a response of <paramref name="responseBytes"/>.</summary>
    public static int EncodedLengthOf(int positionCount, int responseBytes) =>
        HeaderBytes + (positionCount * sizeof(ulong)) + responseBytes + RecordFrame.TrailerBytes;

    public void Encode(Span<byte> destination)
    {
        Span<ulong> positions = Positions.Count <= 64 ? stackalloc ulong[Positions.Count] : new ulong[Positions.Count];
        for (var index = 0; index < positions.Length; index++)
        {
            positions[index] = Positions[index];
        }

        Encode(RequestFingerprint, positions, Response.Span, destination);
    }

    /// <summary>
    /// Encodes a record straight from its parts, so the log's writer builds no record object (nor a list
    /// of positions) for every command it appends.
    /// </summary>
    public static void Encode(ulong requestFingerprint, ReadOnlySpan<ulong> positions, ReadOnlySpan<byte> response, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, requestFingerprint);
        BinaryPrimitives.WriteInt32BigEndian(destination[sizeof(ulong)..], positions.Length);
        var offset = HeaderBytes;
        foreach (var position in positions)
        {
            BinaryPrimitives.WriteUInt64BigEndian(destination[offset..], position);
            offset += sizeof(ulong);
        }

        response.CopyTo(destination[offset..]);
        offset += response.Length;
        RecordFrame.Seal(destination[..offset], destination[offset..]);
    }

    /// <exception cref="CorruptRecordException">the stored bytes fail their CRC or are malformed.</exception>
    public static IdempotencyRecord Decode(ReadOnlySpan<byte> key, ReadOnlySpan<byte> stored)
    {
        var body = RecordFrame.Open(key, stored);
        if (body.Length < HeaderBytes)
        {
            throw new CorruptRecordException(StorageException.Describe(key), "idempotency record shorter than its header");
        }

        var fingerprint = BinaryPrimitives.ReadUInt64BigEndian(body);
        var count = BinaryPrimitives.ReadInt32BigEndian(body[sizeof(ulong)..]);
        if (count < 0 || (long)HeaderBytes + ((long)count * sizeof(ulong)) > body.Length)
        {
            throw new CorruptRecordException(StorageException.Describe(key), $"idempotency record claims {count} positions but holds {body.Length} bytes");
        }

        var positions = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            positions[i] = BinaryPrimitives.ReadUInt64BigEndian(body[(HeaderBytes + (i * sizeof(ulong)))..]);
        }

        var response = body[(HeaderBytes + (count * sizeof(ulong)))..].ToArray();
        return new IdempotencyRecord(fingerprint, positions, response);
    }
}
