using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Views;
using Specs.Inventory.Views.Catalog;

namespace Specs.Inventory.Tests.Views;

/// <summary>
/// The products view packs its rows straight into buffers, not as boxed elements through <see cref="ViewRows.Set"/>:
/// these tests hold every row it writes to the codec's bytes for the elements its comment lists, with codes in keys
/// folded as <see cref="ViewRows.Fold"/> folds them, for short rows (stack buffers) and for rows of long names,
/// descriptions and codes in characters of several UTF-8 widths (buffers of their own).
/// </summary>
public sealed class ProductsViewRowsTests
{
    // 64 characters each (Codes.MaxCodeLength), mixed case, with two- and three-byte UTF-8 characters.
    private static readonly string LongSku = "Sku-Ä€-" + new string('Q', 50) + "-ÖÜ-end";
    private static readonly string LongAlternate = "Alt-É€-" + new string('A', 50) + "-ÆØ-end";

    // 200 three-byte characters (Codes.MaxNameLength): 602 bytes at worst, more than the stack buffer.
    private static readonly string LongName = new('€', 200);

    [Fact]
    public void Every_product_row_has_the_bytes_the_tuple_codec_packs_for_its_elements()
    {
        Assert.Equal(64, LongSku.Length);
        Assert.Equal(64, LongAlternate.Length);
        using var store = CommandedStore.After(Commands());
        var rows = CommandedStore.Rows(store, ViewSubspaces.Products);
        using var read = store.BeginRead();
        var productRows = 0;
        var codes = new List<string>();
        foreach (var (key, value) in rows)
        {
            var keyElements = ViewSubspaces.Products.Unpack(key);
            var valueElements = TupleCodec.Unpack(value);
            var code = Assert.IsType<string>(keyElements[1]);
            if ((long)keyElements[0]! == 1)
            {
                // A code row: the product's SKU, under any of its codes.
                var sku = Assert.IsType<string>(Assert.Single(valueElements));
                Assert.Equal(ViewSubspaces.Products.Pack(1L, code), key);
                Assert.Equal(TupleCodec.Pack(sku), value);
                Assert.Equal(sku, ProductsView.Find(read, code)!.Sku);
                codes.Add(code);
                continue;
            }

            var product = ProductsView.Find(read, code)!;
            Assert.Equal(ViewSubspaces.Products.Pack(0L, ViewRows.Fold(product.Sku)), key);
            object?[] alternates = [.. product.AlternateSkus];
            Assert.Equal(
                TupleCodec.Pack(product.ProductId, product.Sku, product.Name, product.Description, (long)product.Tracking, product.IsActive, product.IsKit, alternates),
                value);
            productRows++;
        }

        Assert.Equal(4, productRows);
        string[] typed = ["Lid", "Mug-Ö", LongSku, "mug-alt-é", LongAlternate, "Plain"];
        Assert.Equal(typed.Select(ViewRows.Fold).Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        var mug = ProductsView.Find(read, "mug-ö")!;
        Assert.Equal(("Mug", (string?)null, TrackingMode.None, true, true), (mug.Name, mug.Description, mug.Tracking, mug.IsActive, mug.IsKit));
        var longProduct = ProductsView.Find(read, LongAlternate.ToUpperInvariant())!;
        Assert.Equal((LongSku, LongName, TrackingMode.Lot, false, false), (longProduct.Sku, longProduct.Name, longProduct.Tracking, longProduct.IsActive, longProduct.IsKit));
        Assert.Equal(["mug-alt-é", LongAlternate], longProduct.AlternateSkus);
    }

    private static IEnumerable<ICommandContract> Commands()
    {
        yield return new CreateProduct { Sku = "Lid", Name = "Lid" };
        yield return new CreateProduct { Sku = "Mug-Ö", Name = "Mug" };
        yield return new CreateKit { Sku = "Mug-Ö", Lines = [new KitLine { Sku = "Lid", Quantity = 1 }] };
        yield return new CreateProduct { Sku = LongSku, Name = "Long", Description = "Zero\0byte and ünïcödé" };
        yield return new UpdateProduct { Sku = LongSku, Name = LongName, Description = new string('é', 300) };
        yield return new SetTracking { Sku = LongSku, Tracking = TrackingMode.Lot };
        yield return new AddAlternateSku { Sku = LongSku, AlternateSku = "mug-alt-é" };
        yield return new AddAlternateSku { Sku = LongSku, AlternateSku = LongAlternate };
        yield return new DeactivateProduct { Sku = LongSku };
        yield return new CreateProduct { Sku = "Plain", Name = "Plain", Description = "A plain one" };
    }
}
