using System.Buffers.Binary;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Views;

/// <summary>
/// How far a view has applied the log, and with which definition. Written in the same transaction as
/// the view's keys, so a view and its checkpoint never disagree after a crash.
/// </summary>
/// <remarks>
/// The record under the view's name is written when the view is built (its version, and the head it was built
/// at); each batch then moves the position of every view it maintains at once, in the
/// <see cref="ViewSetCheckpoint"/>. <see cref="Read(IReadTransaction, string)"/> gives the two together.
/// </remarks>
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

    /// <summary>
    /// Reads a view's checkpoint: its version, and how far it has applied the log (its own position, or the views'
    /// shared one when that names the view and is further); null when the view was never built.
    /// </summary>
    /// <exception cref="CorruptRecordException">the stored checkpoint is not 12 bytes, or the shared one is damaged.</exception>
    public static ViewCheckpoint? Read(IReadTransaction transaction, string viewName) =>
        Read(transaction, viewName, ViewSetCheckpoint.Read(transaction));

    /// <summary>
    /// <see cref="Read(IReadTransaction, string)"/> with the views' shared checkpoint already read (once for all of
    /// them, by <see cref="ViewSetCheckpoint.Read"/>; null when there is none).
    /// </summary>
    /// <exception cref="CorruptRecordException">the stored checkpoint is not 12 bytes.</exception>
    public static ViewCheckpoint? Read(IReadTransaction transaction, string viewName, ViewSetCheckpoint.Stored? shared)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var key = KeyOf(viewName);
        if (!transaction.TryGet(key, out var value))
        {
            return null;
        }

        if (value.Length != EncodedBytes)
        {
            throw new CorruptRecordException(StorageException.Describe(key), $"a view checkpoint is {EncodedBytes} bytes, this one {value.Length}");
        }

        var own = new ViewCheckpoint(BinaryPrimitives.ReadInt32BigEndian(value), BinaryPrimitives.ReadUInt64BigEndian(value[sizeof(int)..]));
        return shared is not null && shared.Views.Contains(viewName) && shared.Position > own.Position ? own with { Position = shared.Position } : own;
    }

    /// <summary>Writes a view's own checkpoint (when the view is built).</summary>
    public static void Write(IWriteTransaction transaction, string viewName, ViewCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Span<byte> value = stackalloc byte[EncodedBytes];
        checkpoint.Encode(value);
        transaction.Put(KeyOf(viewName), value);
    }
}
