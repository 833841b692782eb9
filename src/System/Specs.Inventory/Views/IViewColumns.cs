namespace Specs.Inventory.Views;

/// <summary>
/// Optional on a view whose keys and values are packed tuples: names their elements, so that readers
/// (the HTTP API's <c>GET /api/views/{name}</c>) show rows as named fields instead of bare tuples.
/// A view without it is still listed, as tuples.
/// </summary>
/// <remarks>Names are camelCase; a tuple with more elements than names shows the extra ones unnamed.</remarks>
public interface IViewColumns
{
    /// <summary>Names of the key tuple's elements, after the subspace byte.</summary>
    IReadOnlyList<string> KeyColumns { get; }

    /// <summary>Names of the value tuple's elements.</summary>
    IReadOnlyList<string> ValueColumns { get; }
}
