namespace Specs.Inventory.Views;

/// <summary>
/// One kind of row a view stores: its short name, the elements of its key (after the subspace byte) and of its
/// value. A view with several kinds of rows tells them apart by <see cref="ViewColumnType.Tag"/> elements of the key
/// (most often the first), and by the key's length.
/// </summary>
/// <param name="Name">A short camelCase name shown in every row of the kind (<c>sku</c>, <c>warehouse</c>, <c>location</c>).</param>
/// <param name="Key">The key tuple's elements, tags included, in order.</param>
/// <param name="Value">The value tuple's leading elements, in order.</param>
/// <param name="Repeats">Lines stored flat after <paramref name="Value"/>, in order; empty for most kinds.</param>
public sealed record ViewRowKind(string Name, IReadOnlyList<ViewColumn> Key, IReadOnlyList<ViewColumn> Value, IReadOnlyList<ViewRepeat> Repeats)
{
    public ViewRowKind(string name, IReadOnlyList<ViewColumn> key, IReadOnlyList<ViewColumn> value)
        : this(name, key, value, [])
    {
    }

    /// <summary>Whether an unpacked key is a row of this kind: as many elements, and the tags in their places.</summary>
    public bool Matches(IReadOnlyList<object?> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Count != Key.Count)
        {
            return false;
        }

        for (var i = 0; i < Key.Count; i++)
        {
            if (Key[i].Type == ViewColumnType.Tag && !(key[i] is long tag && tag == Key[i].TagValue))
            {
                return false;
            }
        }

        return true;
    }
}
