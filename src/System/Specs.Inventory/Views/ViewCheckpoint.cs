using System.Buffers.Binary;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Views;

/// <summary>
/// How far a view has applied the log, and with which definition. Written in the same transaction as
/// the view's keys, so a view and its checkpoint never disagree after a crash.
/// </summary>
public readonly record struct ViewCheckpoint(int Version, ulong Position)
{
    public const int EncodedBytes = sizeof(int) + sizeof(ulong);

    /// <summary>Longest checkpoint key: the subspace byte and a view name of at most this many bytes, packed.</summary>
    public const int MaxViewNameBytes = 100;

    public static byte[] KeyOf(string viewName) => ViewSubspaces.Checkpoints.Pack(viewName);

    public void Encode(Span<byte> destination)
    {
        BinaryPrimitives.WriteInt32BigEndian(destination, Version);
        BinaryPrimitives.WriteUInt64BigEndian(destination[sizeof(int)..], Position);
    }

    public byte[] Encode()
    {
        var bytes = new byte[EncodedBytes];
        Encode(bytes);
        return bytes;
    }

    /// <summary>Reads a view's checkpoint; null when the view was never built.</summary>
    /// <exception cref="CorruptRecordException">the stored checkpoint is not 12 bytes.</exception>
    public static ViewCheckpoint? Read(IReadTransaction transaction, string viewName)
    {
        var key = KeyOf(viewName);
        if (!transaction.TryGet(key, out var value))
        {
            return null;
        }

        if (value.Length != EncodedBytes)
        {
            throw new CorruptRecordException(StorageException.Describe(key), $"a view checkpoint is {EncodedBytes} bytes, this one {value.Length}");
        }

        return new ViewCheckpoint(BinaryPrimitives.ReadInt32BigEndian(value), BinaryPrimitives.ReadUInt64BigEndian(value[sizeof(int)..]));
    }

    public static void Write(IWriteTransaction transaction, string viewName, ViewCheckpoint checkpoint)
    {
        WriteAt(transaction, KeyOf(viewName), checkpoint);
    }

    /// <summary>Writes a checkpoint under a key already packed by <see cref="KeyOf"/> (writers that rewrite it every batch pack it once).</summary>
    public static void WriteAt(IWriteTransaction transaction, ReadOnlySpan<byte> key, ViewCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Span<byte> value = stackalloc byte[EncodedBytes];
        checkpoint.Encode(value);
        transaction.Put(key, value);
    }
}
