using Specs.Inventory.Storage;
using Specs.Inventory.Views;

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

    /// <summary>
    /// The store as its readers see it: every key outside the view checkpoints, then each view's checkpoint as
    /// <see cref="ViewCheckpoint.Read(IReadTransaction, string)"/> gives it. A rebuild writes each view's own checkpoint at the head where the
    /// live path moves the views' shared one, so the raw checkpoint records of a rebuilt store differ by design.
    /// </summary>
    public static List<(string Key, string Value)> AsRead(IKeyValueStore store, IReadOnlyList<IView> views)
    {
        var pairs = Pairs(store).Where(pair => !pair.Key.StartsWith(Convert.ToHexString(ViewSubspaces.Checkpoints.Prefix), StringComparison.Ordinal)).ToList();
        using var transaction = store.BeginRead();
        var shared = ViewSetCheckpoint.Read(transaction);
        foreach (var view in views)
        {
            pairs.Add(($"checkpoint of {view.Name}", ViewCheckpoint.Read(transaction, view.Name, shared) is { } checkpoint ? Convert.ToHexString(checkpoint.Encode()) : "none"));
        }

        return pairs;
    }
}
