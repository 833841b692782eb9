using System.Collections.Immutable;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Domain.Catalog;

/// <summary>One product as the rules see it; <see cref="Sku"/> is its first spelling.</summary>
public sealed record Product(Guid ProductId, string Sku, string Name, string? Description, TrackingMode Tracking, bool IsActive)
{
    public ImmutableList<string> AlternateSkus { get; init; } = [];
}

/// <summary>
/// Products by SKU, and every alternate SKU pointing at its product's SKU: SKUs and alternates are one namespace, so
/// a code names at most one product. Codes compare without regard to case.
/// </summary>
/// <remarks>
/// A product's SKU is found in <see cref="Products"/> itself, so only alternates have an owner entry: creating a
/// product changes one persistent map, not two (in the simulated cluster, whose clients create products, the second
/// map's copied paths were a tenth of what a run allocated).
/// </remarks>
public sealed record CatalogState
{
    public static CatalogState Empty { get; } = new();

    public ImmutableSortedDictionary<string, Product> Products { get; private init; } =
        ImmutableSortedDictionary.Create<string, Product>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every alternate SKU, to the SKU of the product it names.</summary>
    public ImmutableSortedDictionary<string, string> AlternateOwners { get; private init; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The product a SKU or alternate SKU names, or null.</summary>
    public Product? Resolve(string code) =>
        Products.TryGetValue(code, out var product) ? product
        : AlternateOwners.TryGetValue(code, out var sku) ? Products[sku]
        : null;

    /// <summary>The code as first spelled, when the tenant uses it.</summary>
    public string? SpellingOf(string code) =>
        Products.TryGetKey(code, out var spelling) || AlternateOwners.TryGetKey(code, out spelling) ? spelling : null;

    public CatalogState With(Product product) => this with { Products = Products.SetItem(product.Sku, product) };

    public CatalogState WithAlternate(string sku, string alternate) => Products.GetValueOrDefault(sku) is { } product
        ? this with
        {
            Products = Products.SetItem(product.Sku, product with { AlternateSkus = product.AlternateSkus.Add(alternate) }),
            AlternateOwners = AlternateOwners.SetItem(alternate, product.Sku),
        }
        : this;
}
