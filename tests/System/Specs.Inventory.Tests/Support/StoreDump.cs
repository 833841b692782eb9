using Specs.Inventory.Storage;

namespace Specs.Inventory.Tests.Support;

/// <summary>Every key and value of a store, in key order, as hex: two stores are equal byte for byte when their dumps are.</summary>
internal static class StoreDump
{
    public static List<(string Key, string Value)> Pairs(IKeyValueStore store)
    {
        using var transaction = store.BeginRead();
        using var cursor = transaction.Range([], [0xFF]);
        var pairs = new List<(string, string)>();
        while (cursor.MoveNext())
        {
            pairs.Add((Convert.ToHexString(cursor.Key), Convert.ToHexString(cursor.Value)));
        }

        return pairs;
    }
}
