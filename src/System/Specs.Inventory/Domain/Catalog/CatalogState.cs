using System.Collections.Immutable;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Domain.Catalog;

/// <summary>One product as the rules see it; <see cref="Sku"/> is its first spelling.</summary>
public sealed record Product(Guid ProductId, string Sku, string Name, string? Description, TrackingMode Tracking, bool IsActive)
{
    public ImmutableList<string> AlternateSkus { get; init; } = [];
}

/// <summary>
/// Products by SKU, and every code the tenant uses (SKUs and alternate SKUs) pointing at its product's
/// SKU: one namespace, so a code names at most one product. Codes compare without regard to case.
/// </summary>
public sealed record CatalogState
{
    public static CatalogState Empty { get; } = new();

    public ImmutableSortedDictionary<string, Product> Products { get; private init; } =
        ImmutableSortedDictionary.Create<string, Product>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every SKU and alternate SKU, to the SKU of the product it names.</summary>
    public ImmutableSortedDictionary<string, string> CodeOwners { get; private init; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The product a SKU or alternate SKU names, or null.</summary>
    public Product? Resolve(string code) => CodeOwners.TryGetValue(code, out var sku) ? Products[sku] : null;

    /// <summary>The code as first spelled, when the tenant uses it.</summary>
    public string? SpellingOf(string code) => CodeOwners.TryGetKey(code, out var spelling) ? spelling : null;

    public CatalogState With(Product product) => this with
    {
        Products = Products.SetItem(product.Sku, product),
        CodeOwners = CodeOwners.SetItem(product.Sku, product.Sku),
    };

    public CatalogState WithAlternate(string sku, string alternate) => Products.GetValueOrDefault(sku) is { } product
        ? this with
        {
            Products = Products.SetItem(product.Sku, product with { AlternateSkus = product.AlternateSkus.Add(alternate) }),
            CodeOwners = CodeOwners.SetItem(alternate, product.Sku),
        }
        : this;
}
