using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Views;

namespace Specs.Inventory.Tests.Views;

/// <summary>
/// The stock view packs its rows straight into buffers, not through <see cref="TupleCodec.Pack(object?[])"/>:
/// these tests hold every row it writes to the codec's bytes for the same elements, with the codes in
/// keys folded as <see cref="ViewRows.Fold"/> folds them, for short codes (stack buffers) and for codes
/// of the maximum length with characters of several UTF-8 widths (heap buffers).
/// </summary>
public sealed class StockViewRowsTests
{
    // 64 characters each (Codes.MaxCodeLength), mixed case, with two- and three-byte UTF-8 characters.
    private static readonly string LongSku = "Sku-Ä€-" + new string('Q', 50) + "-ÖÜ-end";
    private static readonly string LongWarehouse = "Wh-É-" + new string('W', 53) + "-Ωmega";
    private static readonly string LongLocation = "Loc-Ç-" + new string('L', 53) + "-Ærø-";

    [Fact]
    public void Every_stock_row_has_the_bytes_the_tuple_codec_packs_for_its_elements()
    {
        Assert.Equal(64, LongSku.Length);
        Assert.Equal(64, LongWarehouse.Length);
        Assert.Equal(64, LongLocation.Length);
        using var store = CommandedStore.After(Commands());
        var rows = CommandedStore.Rows(store, ViewSubspaces.Stock);
        var longRows = 0;
        foreach (var (key, value) in rows)
        {
            var keyElements = ViewSubspaces.Stock.Unpack(key);
            var valueElements = TupleCodec.Unpack(value);
            Assert.Equal(ViewSubspaces.Stock.Pack([.. keyElements]), key);
            Assert.Equal(TupleCodec.Pack([.. valueElements]), value);

            // The key's codes are the value's codes, folded, in the order of the row's kind.
            var codes = valueElements.OfType<string>().ToList();
            var keyCodes = keyElements.Skip(1).Cast<string>().ToList();
            var expected = (long)keyElements[0]! switch
            {
                0 or 1 or 2 => codes,
                3 => [codes[1], codes[2], codes[0]],
                _ => [codes[1], codes[0]],
            };
            Assert.Equal(expected.Select(ViewRows.Fold), keyCodes);
            longRows += codes.Contains(LongSku) ? 1 : 0;
        }

        // The SKU row, both warehouse rows and two location rows for each of the two long locations' SKUs.
        Assert.Equal(1 + 2 + 4, longRows);
        Assert.True(rows.Count >= 14, $"only {rows.Count} stock rows");
    }

    private static IEnumerable<ICommandContract> Commands()
    {
        yield return new CreateReason { Name = "Received" };
        yield return new CreateWarehouse { Code = "Main", Name = "Main warehouse" };
        yield return new CreateWarehouse { Code = LongWarehouse, Name = "Far away" };
        yield return new CreateLocation { Warehouse = "Main", Location = "A-01", Type = LocationType.Pick };
        yield return new CreateLocation { Warehouse = "Main", Location = "Bin-Ä", Type = LocationType.Pick };
        yield return new CreateLocation { Warehouse = LongWarehouse, Location = LongLocation, Type = LocationType.Pick };
        yield return new CreateLocation { Warehouse = LongWarehouse, Location = "B", Type = LocationType.Bulk };
        yield return new CreateProduct { Sku = "Mug-Ö", Name = "Mug" };
        yield return new CreateProduct { Sku = LongSku, Name = "Long" };
        yield return new AddItem { Sku = "Mug-Ö", Warehouse = "Main", Location = "A-01", Quantity = 300, Reason = "Received" };
        yield return new MoveItem { Sku = "mug-ö", Warehouse = "MAIN", FromLocation = "A-01", ToLocation = "bin-ä", Quantity = 1_000 - 900 };
        yield return new AddItem { Sku = LongSku, Warehouse = LongWarehouse, Location = LongLocation, Quantity = 70_000_000_000, Reason = "Received" };
        yield return new MoveItem { Sku = LongSku, Warehouse = LongWarehouse, FromLocation = LongLocation, ToLocation = "B", Quantity = 5 };
        yield return new AddItem { Sku = "Mug-Ö", Warehouse = LongWarehouse, Location = "B", Quantity = 2, Reason = "Received" };
        yield return new RemoveItem { Sku = "Mug-Ö", Warehouse = LongWarehouse, Location = "B", Quantity = 2, Reason = "Received" };
    }
}
