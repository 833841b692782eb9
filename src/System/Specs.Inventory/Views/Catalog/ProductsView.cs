using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Domain;
using Specs.Inventory.Storage;
using static Specs.Inventory.Views.ViewRows;

namespace Specs.Inventory.Views.Catalog;

/// <summary>One product as the products view holds it.</summary>
public sealed record ProductRow(Guid ProductId, string Sku, string Name, string? Description, TrackingMode Tracking, bool IsActive, bool IsKit, IReadOnlyList<string> AlternateSkus);

/// <summary>
/// Area 1 as a query model, in subspace <c>08</c>: <c>(0, sku)</c> → <c>(productId, sku, name, description,
/// tracking, active, kit, (alternates…))</c>, and <c>(1, code)</c> → <c>(sku)</c> for the SKU and every
/// alternate, so any code a caller types finds its product. Codes are folded to lower case.
/// </summary>
public sealed class ProductsView : IView, IViewColumns
{
    private const long ProductRowTag = 0;
    private const long CodeRowTag = 1;

    public static ProductsView Instance { get; } = new();

    public string Name => "products";

    public int Version => 2;

    public Storage.Tuples.Subspace Subspace => ViewSubspaces.Products;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("product", [ViewColumn.Tag("product", ProductRowTag), ViewColumn.Text("sku")],
            [
                ViewColumn.Id("productId"), ViewColumn.Text("sku"), ViewColumn.Text("name"), ViewColumn.Text("description").OrNull(),
                ViewColumn.Enum<TrackingMode>("tracking"), ViewColumn.Flag("isActive"), ViewColumn.Flag("isKit"), ViewColumn.TextList("alternateSkus"),
            ]),
        new("code", [ViewColumn.Tag("code", CodeRowTag), ViewColumn.Text("code")], [ViewColumn.Text("sku")]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        switch (payload)
        {
            case ProductCreated created:
                Set(view, ViewSubspaces.Products.Pack(CodeRowTag, Fold(created.Sku)), [created.Sku]);
                Write(view, after, created.Sku);
                break;
            case AlternateSkuAdded added:
                Set(view, ViewSubspaces.Products.Pack(CodeRowTag, Fold(added.AlternateSku)), [added.Sku]);
                Write(view, after, added.Sku);
                break;
            case ProductUpdated updated:
                Write(view, after, updated.Sku);
                break;
            case TrackingChanged changed:
                Write(view, after, changed.Sku);
                break;
            case ProductDeactivated deactivated:
                Write(view, after, deactivated.Sku);
                break;
            case KitCreated created:
                Write(view, after, created.Sku);
                break;
        }
    }

    /// <summary>The product a SKU or alternate SKU names, in any case.</summary>
    public static ProductRow? Find(IReadTransaction transaction, string code) =>
        ViewRows.Find(transaction, ViewSubspaces.Products.Pack(CodeRowTag, Fold(code))) is { } owner
        && ViewRows.Find(transaction, ViewSubspaces.Products.Pack(ProductRowTag, Fold(Text(owner, 0)))) is { } row
            ? Decode(row)
            : null;

    /// <summary>Products in SKU order (lower-cased), at most <paramref name="limit"/>, after the SKU <paramref name="afterSku"/> if given.</summary>
    public static IReadOnlyList<ProductRow> List(IReadTransaction transaction, string? afterSku = null, int limit = 100) =>
        [.. ViewRows.List(transaction, ViewSubspaces.Products, [ProductRowTag], limit, afterSku is null ? null : ViewSubspaces.Products.Pack(ProductRowTag, Fold(afterSku))).Select(Decode)];

    private static void Write(IViewWriter view, InventoryState after, string sku)
    {
        var product = after.Catalog.Products[sku];
        object?[] alternates = [.. product.AlternateSkus];
        Set(view, ViewSubspaces.Products.Pack(ProductRowTag, Fold(product.Sku)),
            [product.ProductId, product.Sku, product.Name, product.Description, (long)product.Tracking, product.IsActive, after.Kits.Find(product.Sku) is not null, alternates]);
    }

    private static ProductRow Decode(IReadOnlyList<object?> row) =>
        new((Guid)row[0]!, Text(row, 1), Text(row, 2), OptionalText(row, 3), (TrackingMode)Number(row, 4), Flag(row, 5), Flag(row, 6), [.. ((IReadOnlyList<object?>)row[7]!).Cast<string>()]);
}
