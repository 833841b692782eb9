using Specs.Inventory.Storage;

namespace Specs.Inventory.Tests.Storage;

/// <summary>Short forms for tests: a Write without a result, and ranges copied out of the transaction.</summary>
internal static class StoreTestExtensions
{
    public static void Write(this IKeyValueStore store, Action<IWriteTransaction> work) =>
        store.Write(transaction =>
        {
            work(transaction);
            return 0;
        });

    public static void Put(this IKeyValueStore store, byte[] key, byte[] value) =>
        store.Write(transaction => transaction.Put(key, value));

    public static List<(byte[] Key, byte[] Value)> ReadRange(
        this IReadTransaction transaction, byte[] begin, byte[] end, bool reverse = false, int limit = int.MaxValue)
    {
        var pairs = new List<(byte[] Key, byte[] Value)>();
        using var cursor = transaction.Range(begin, end, reverse, limit);
        while (cursor.MoveNext())
        {
            pairs.Add((cursor.Key.ToArray(), cursor.Value.ToArray()));
        }

        return pairs;
    }

    public static List<(byte[] Key, byte[] Value)> ReadRange(
        this IKeyValueStore store, byte[] begin, byte[] end, bool reverse = false, int limit = int.MaxValue)
    {
        using var transaction = store.BeginRead();
        return transaction.ReadRange(begin, end, reverse, limit);
    }

    public static byte[]? Get(this IReadTransaction transaction, byte[] key) =>
        transaction.TryGet(key, out var value) ? value.ToArray() : null;

    public static byte[]? Get(this IKeyValueStore store, byte[] key)
    {
        using var transaction = store.BeginRead();
        return transaction.Get(key);
    }

    public static string Hex(this IEnumerable<(byte[] Key, byte[] Value)> pairs) =>
        string.Join(" ", pairs.Select(pair => $"{Convert.ToHexString(pair.Key)}={Convert.ToHexString(pair.Value)}"));

    public static string Keys(this IEnumerable<(byte[] Key, byte[] Value)> pairs) =>
        string.Join(" ", pairs.Select(pair => Convert.ToHexString(pair.Key)));
}
