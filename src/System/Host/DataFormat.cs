using System.Buffers.Binary;
using Specs.Inventory.EventStore;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Host;

/// <summary>
/// The format version a data folder carries: key <c>00 · ("format")</c>, a 4-byte big-endian number.
/// It names the layout of everything stored (the log's keys and records, the idempotency records, the
/// views' subspaces): a build that reads another layout refuses the folder instead of misreading it.
/// A view whose definition changed does not change the format: the node rebuilds that view from the log.
/// </summary>
public static class DataFormat
{
    /// <summary>The layout this build reads and writes. Raise it when stored bytes change meaning.</summary>
    public const int Current = 2;

    /// <summary>Partition 00 holds the folder's own metadata, apart from the log (01-04) and the views (05 on).</summary>
    public static readonly Subspace Meta = new([0x00]);

    public static byte[] FormatKey { get; } = Meta.Pack("format");

    /// <summary>The folder's format, or null when it has none (a new folder).</summary>
    public static int? Read(IReadTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return transaction.TryGet(FormatKey, out var value) && value.Length == sizeof(int)
            ? BinaryPrimitives.ReadInt32BigEndian(value)
            : null;
    }

    public static void Write(IWriteTransaction transaction, int format)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Span<byte> value = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32BigEndian(value, format);
        transaction.Put(FormatKey, value);
    }

    /// <summary>
    /// Checks the store's format and stamps a new, empty store with <see cref="Current"/>. Writes, so
    /// it must run on a store instance that will not be handed to the pipeline (the writer role sticks
    /// to the first thread that writes).
    /// </summary>
    /// <exception cref="IncompatibleDataFormatException">the store holds another format, or data without a format.</exception>
    public static void CheckOrStamp(IKeyValueStore store, string folder)
    {
        ArgumentNullException.ThrowIfNull(store);
        using (var transaction = store.BeginRead())
        {
            var found = Read(transaction);
            if (found == Current)
            {
                return;
            }

            if (found is { } other)
            {
                throw new IncompatibleDataFormatException(folder, other);
            }

            if (EventLog.Head(transaction) != 0 || HasAnyKey(transaction))
            {
                throw new IncompatibleDataFormatException(folder, found: null);
            }
        }

        store.Write(transaction =>
        {
            Write(transaction, Current);
            return 0;
        });
    }

    private static bool HasAnyKey(IReadTransaction transaction)
    {
        using var cursor = transaction.Range([0x00], [0xFF, 0xFF], limit: 1);
        return cursor.MoveNext();
    }
}

/// <summary>The data folder was written in a layout this build does not read; nothing was changed.</summary>
public sealed class IncompatibleDataFormatException(string folder, int? found)
    : StorageException(found is { } format
        ? $"The data folder {folder} holds data format {format}; this build reads format {DataFormat.Current}. Run a build that reads format {format}, or restore a backup taken by this one."
        : $"The data folder {folder} holds data but no format version: it was not written by this server. Point --data at this server's folder, or at an empty one.")
{
    public string Folder { get; } = folder;

    public int? Found { get; } = found;
}
