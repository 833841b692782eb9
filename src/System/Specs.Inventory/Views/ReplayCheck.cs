using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Views;

/// <summary>The first place where a stored view differs from the one the log implies.</summary>
/// <param name="View">The view's name (or <c>checkpoints</c>).</param>
/// <param name="KeyHex">The key, in hex.</param>
/// <param name="ExpectedHex">The value rebuilt from the log, in hex; null when the log implies no such key.</param>
/// <param name="ActualHex">The value stored, in hex; null when the store lacks the key.</param>
public sealed record ViewDifference(string View, string KeyHex, string? ExpectedHex, string? ActualHex)
{
    public override string ToString() =>
        $"View '{View}' differs at key {KeyHex}: rebuilt from the log {ExpectedHex ?? "(absent)"}, stored {ActualHex ?? "(absent)"}.";
}

/// <summary>The outcome of a replay check.</summary>
/// <param name="Head">The log position the check replayed up to.</param>
/// <param name="KeysCompared">How many keys were compared, over every view.</param>
/// <param name="FirstDifference">The first difference found, or null when everything matches.</param>
public sealed record ReplayCheckReport(ulong Head, long KeysCompared, ViewDifference? FirstDifference)
{
    public bool Matches => FirstDifference is null;
}

/// <summary>
/// Rebuilds every view (and the log's own indexes) from the log in memory, and compares the result with
/// what the store holds, byte for byte, on one snapshot. Views are compared in the order given, keys
/// in store order; the first difference is named with its view, key, and both values.
/// </summary>
public static class ReplayCheck
{
    public static ReplayCheckReport Run(IKeyValueStore store, IReadOnlyList<IView> views)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var transaction = store.BeginRead();
        return Compare(transaction, Expect(transaction, views), views);
    }

    /// <summary>
    /// Replays the log as <paramref name="transaction"/> sees it and keeps what every view (and index)
    /// must then hold. Stores whose logs are byte-identical may share one expectation (a cluster's
    /// converged replicas), which is the whole cost of the check.
    /// </summary>
    public static ReplayExpectation Expect(IReadTransaction transaction, IReadOnlyList<IView> views)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var replay = LogReplay.Run(transaction, [.. views, .. EventLogIndexViews.All]);
        return new ReplayExpectation(replay.Head, [.. replay.Views.Select(folded => (folded.View.Name, folded.View.Subspace.Prefix.ToArray(), folded.Keys.Sorted()))]);
    }

    /// <summary>Compares what <paramref name="transaction"/> holds with <paramref name="expected"/>, byte for byte.</summary>
    public static ReplayCheckReport Compare(IReadTransaction transaction, ReplayExpectation expected, IReadOnlyList<IView> views)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(expected);
        long compared = 0;
        foreach (var (name, prefix, keys) in expected.Views)
        {
            var difference = Compare(transaction, name, prefix, keys, ref compared);
            if (difference is not null)
            {
                return new ReplayCheckReport(expected.Head, compared, difference);
            }
        }

        // A view's checkpoint is compared as read (its own record, moved by the views' shared one): a rebuild
        // writes each view's own record at the head, the live path moves the shared one.
        var shared = ViewSetCheckpoint.Read(transaction);
        foreach (var view in views)
        {
            var checkpoint = new ViewCheckpoint(view.Version, expected.Head);
            compared++;
            var actual = ViewCheckpoint.Read(transaction, view.Name, shared);
            if (actual != checkpoint)
            {
                return new ReplayCheckReport(expected.Head, compared, new ViewDifference(
                    "checkpoints", Convert.ToHexString(ViewCheckpoint.KeyOf(view.Name)), Convert.ToHexString(checkpoint.Encode()),
                    actual is { } stored ? Convert.ToHexString(stored.Encode()) : null));
            }
        }

        return new ReplayCheckReport(expected.Head, compared, null);
    }
    private static ViewDifference? Compare(
        IReadTransaction transaction, string view, ReadOnlySpan<byte> prefix, KeyValuePair<byte[], byte[]>[] expected, ref long compared)
    {
        using var cursor = transaction.Range(prefix, KeyRange.PrefixSuccessor(prefix));
        var index = 0;
        var hasActual = cursor.MoveNext();
        while (index < expected.Length || hasActual)
        {
            compared++;
            var order = index == expected.Length ? 1 : !hasActual ? -1 : ByteKeyComparer.Compare(expected[index].Key, cursor.Key);
            if (order < 0)
            {
                return new ViewDifference(view, Convert.ToHexString(expected[index].Key), Convert.ToHexString(expected[index].Value), null);
            }

            if (order > 0)
            {
                return new ViewDifference(view, Convert.ToHexString(cursor.Key), null, Convert.ToHexString(cursor.Value));
            }

            if (!cursor.Value.SequenceEqual(expected[index].Value))
            {
                return new ViewDifference(view, Convert.ToHexString(cursor.Key), Convert.ToHexString(expected[index].Value), Convert.ToHexString(cursor.Value));
            }

            index++;
            hasActual = cursor.MoveNext();
        }

        return null;
    }
}
