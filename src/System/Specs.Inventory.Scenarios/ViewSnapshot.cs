using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Scenarios;

/// <summary>One key of a view and its value, as stored.</summary>
public sealed record ViewEntry(byte[] Key, byte[] Value);

/// <summary>Every key of one view, in store order.</summary>
public sealed record ViewContents(string View, IReadOnlyList<ViewEntry> Entries);

/// <summary>Every view of a node at one moment: what "the views are identical" compares.</summary>
public sealed record ViewSnapshot(IReadOnlyList<ViewContents> Views)
{
    /// <summary>Reads every key of <paramref name="views"/> as <paramref name="transaction"/> sees them.</summary>
    public static ViewSnapshot Read(IReadTransaction transaction, IEnumerable<Views.IView> views)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(views);
        var contents = new List<ViewContents>();
        foreach (var view in views)
        {
            var prefix = view.Subspace.Prefix;
            var entries = new List<ViewEntry>();
            using var cursor = transaction.Range(prefix, KeyRange.PrefixSuccessor(prefix));
            while (cursor.MoveNext())
            {
                entries.Add(new ViewEntry(cursor.Key.ToArray(), cursor.Value.ToArray()));
            }

            contents.Add(new ViewContents(view.Name, entries));
        }

        return new ViewSnapshot(contents);
    }

    /// <summary>The first place where <paramref name="later"/> differs from this snapshot, in words; null when identical.</summary>
    public string? FirstDifference(ViewSnapshot later)
    {
        ArgumentNullException.ThrowIfNull(later);
        foreach (var view in Views)
        {
            var other = later.Views.FirstOrDefault(candidate => candidate.View == view.View);
            if (other is null)
            {
                return $"view '{view.View}' is missing from the second snapshot";
            }

            var (first, second) = (view.Entries, other.Entries);
            for (int i = 0, j = 0; i < first.Count || j < second.Count;)
            {
                var order = i == first.Count ? 1 : j == second.Count ? -1 : ByteKeyComparer.Compare(first[i].Key, second[j].Key);
                if (order < 0)
                {
                    return $"view '{view.View}' lost key {KeyText.Render(first[i].Key)} (was {KeyText.Render(first[i].Value, 0)})";
                }

                if (order > 0)
                {
                    return $"view '{view.View}' gained key {KeyText.Render(second[j].Key)} = {KeyText.Render(second[j].Value, 0)}";
                }

                if (!first[i].Value.AsSpan().SequenceEqual(second[j].Value))
                {
                    return $"view '{view.View}' key {KeyText.Render(first[i].Key)} changed from {KeyText.Render(first[i].Value, 0)} to {KeyText.Render(second[j].Value, 0)}";
                }

                i++;
                j++;
            }
        }

        return Views.Count == later.Views.Count ? null : "the second snapshot has views the first has not";
    }
}
