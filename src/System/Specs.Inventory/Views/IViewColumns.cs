namespace Specs.Inventory.Views;

/// <summary>
/// On a view whose keys and values are packed tuples: declares every kind of row it stores, with the names of their
/// key and value elements and which are enums, so that readers (the HTTP API's <c>GET /api/views/{name}</c>) show
/// rows as named fields with enums by member name, and can look rows up by a key prefix. Every view of
/// <see cref="InventoryViews.All"/> implements it (a test holds them to it); the declarations sit next to the code
/// that writes the rows, so a change to a row's layout changes its description in the same place.
/// </summary>
/// <remarks>Names are camelCase. A description only reads stored bytes: it never changes them.</remarks>
public interface IViewColumns
{
    /// <summary>Every kind of row of the view, no two matching the same key.</summary>
    IReadOnlyList<ViewRowKind> RowKinds { get; }

    /// <summary>The kind of the row with this unpacked key; null for a key no kind describes.</summary>
    ViewRowKind? KindOf(IReadOnlyList<object?> key)
    {
        foreach (var kind in RowKinds)
        {
            if (kind.Matches(key))
            {
                return kind;
            }
        }

        return null;
    }
}
