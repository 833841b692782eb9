using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Text;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Tuples;
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
                WriteCode(view, created.Sku, created.Sku);
                Write(view, after, created.Sku);
                break;
            case AlternateSkuAdded added:
                WriteCode(view, added.AlternateSku, added.Sku);
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

    // Rows are packed straight into stack buffers with a TupleWriter, not as boxed elements through ViewRows.Set: the
    // simulated cluster's clients mostly create and rename products, so this view's boxes, element arrays, folded codes
    // and packed keys were made on most commands. The bytes are those TupleCodec packs for the elements the class
    // comment lists (ProductsViewRowsTests packs every row both ways).
    private const int StackValueBytes = 512;
    private const int StackKeyBytes = 256;

    /// <summary>Writes the product's row as the state now has it.</summary>
    private static void Write(IViewWriter view, InventoryState after, string sku)
    {
        var product = after.Catalog.Products[sku];
        var bound = ValueBound(product);
        Span<byte> buffer = bound <= StackValueBytes ? stackalloc byte[StackValueBytes] : new byte[bound];
        var value = new TupleWriter(buffer);
        value.Write(product.ProductId);
        value.WriteString(product.Sku);
        value.WriteString(product.Name);
        if (product.Description is { } description)
        {
            value.WriteString(description);
        }
        else
        {
            value.WriteNull();
        }

        value.Write((long)product.Tracking);
        value.Write(product.IsActive);
        value.Write(after.Kits.Find(product.Sku) is not null);
        value.BeginNested();
        foreach (var alternate in product.AlternateSkus)
        {
            value.WriteString(alternate);
        }

        value.EndNested();
        PutRow(view, ProductRowTag, product.Sku, value.Written);
    }

    /// <summary>Writes the row that leads <paramref name="code"/> (the SKU or an alternate) to its product's SKU.</summary>
    private static void WriteCode(IViewWriter view, string code, string sku)
    {
        var bound = TextBound(sku);
        Span<byte> buffer = bound <= StackKeyBytes ? stackalloc byte[StackKeyBytes] : new byte[bound];
        var value = new TupleWriter(buffer);
        value.WriteString(sku);
        PutRow(view, CodeRowTag, code, value.Written);
    }

    // A Guid, three texts (the description may be a one-byte null), the tracking mode, two flags and the nested list.
    private static int ValueBound(Product product)
    {
        var bound = 17 + TextBound(product.Sku) + TextBound(product.Name) + (product.Description is null ? 1 : TextBound(product.Description)) + 9 + 2 + 2;
        foreach (var alternate in product.AlternateSkus)
        {
            bound += TextBound(alternate);
        }

        return bound;
    }

    /// <summary>Puts <paramref name="value"/> under the key <c>(tag, code)</c>, the code folded (<see cref="Fold"/>) without making the folded string.</summary>
    private static void PutRow(IViewWriter view, long tag, string code, ReadOnlySpan<byte> value)
    {
        var composed = CanonicalForm.Compose(code);
        var bound = ViewSubspaces.Products.Prefix.Length + 9 + TextBound(composed);
        Span<byte> buffer = bound <= StackKeyBytes ? stackalloc byte[StackKeyBytes] : new byte[bound];
        var key = ViewSubspaces.Products.StartWriter(buffer);
        key.Write(tag);
        WriteLowerCased(ref key, composed);
        view.Put(key.Written, value);
    }

    private static ProductRow Decode(IReadOnlyList<object?> row) =>
        new((Guid)row[0]!, Text(row, 1), Text(row, 2), OptionalText(row, 3), (TrackingMode)Number(row, 4), Flag(row, 5), Flag(row, 6), [.. ((IReadOnlyList<object?>)row[7]!).Cast<string>()]);
}
