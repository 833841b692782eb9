namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// Names the LMDB database that holds one partition: all keys that share a first byte. MDB_APPEND
/// only accepts a key that is the last of its database, so giving each partition its own database lets
/// every partition (each log, each index) append independently while range reads walk the partitions
/// in byte order and still see one ordered keyspace.
/// </summary>
internal static class LmdbPartitions
{
    private const string Prefix = "p";

    private static readonly string[] Names = Enumerable.Range(0, LmdbStoreOptions.PartitionCount)
        .Select(partition => Prefix + partition.ToString("x2", System.Globalization.CultureInfo.InvariantCulture))
        .ToArray();

    public static string NameOf(byte partition) => Names[partition];

    /// <summary>
    /// Recognises a database name written by <see cref="NameOf"/>, as the main database stores it (LMDB 1.0
    /// keeps the terminating NUL in the key); other names are left alone.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> name, out byte partition)
    {
        partition = 0;
        if (!name.IsEmpty && name[^1] == 0)
        {
            name = name[..^1];
        }

        if (name.Length != 3 || name[0] != (byte)'p')
        {
            return false;
        }

        var high = HexDigit(name[1]);
        var low = HexDigit(name[2]);
        if (high < 0 || low < 0)
        {
            return false;
        }

        partition = (byte)((high << 4) | low);
        return true;
    }

    private static int HexDigit(byte character) => character switch
    {
        >= (byte)'0' and <= (byte)'9' => character - '0',
        >= (byte)'a' and <= (byte)'f' => character - 'a' + 10,
        _ => -1,
    };
}
