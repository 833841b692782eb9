using System.Collections.Immutable;
using Specs.Inventory.Contracts;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Views;

namespace Specs.Inventory.Tests.Views;

/// <summary>
/// The sales view packs a sale's row straight into a buffer, not through boxed elements and
/// <see cref="TupleCodec"/>: these tests hold the row to the codec's bytes for the same elements (the
/// layout the view documents), for a short sale (stack buffers) and for one with long codes and many
/// lines in characters of several UTF-8 widths (buffers of their own).
/// </summary>
public sealed class SalesViewRowsTests
{
    [Fact]
    public void A_short_sale_row_has_the_bytes_the_tuple_codec_packs_for_its_elements()
    {
        var sale = Sale("Web shop", "Order-1", [new SoldLine("Sku-A", 3), new SoldLine("sku-b", 1)], [new ReservedLine("Sku-A", 3, 1), new ReservedLine("SKU-B", 1, 0)]);

        AssertRowAsCodecPacks(sale);
    }

    [Fact]
    public void A_sale_row_too_long_for_the_stack_has_the_bytes_the_tuple_codec_packs_for_its_elements()
    {
        var longCode = "Ä€-" + new string('Q', 55) + "-ÖÜ-é";
        var lines = Enumerable.Range(0, 40).Select(i => new SoldLine($"{longCode}{i:D2}", i + 1)).ToArray();
        var reserved = lines.Select(line => new ReservedLine(line.Sku, line.Quantity, line.Quantity / 2)).ToArray();
        var sale = Sale("Ωmega-" + longCode, "Ext-" + longCode, lines, reserved);

        AssertRowAsCodecPacks(sale);
    }

    private static Sale Sale(string channel, string externalId, SoldLine[] lines, ReservedLine[] reserved) =>
        new(channel, externalId, SaleStatus.AwaitingPayment, SalePriority.Urgent, 1_772_355_600_123, Allocated: true)
        {
            Lines = [.. lines],
            Reserved = ImmutableSortedDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, reserved.Select(line => KeyValuePair.Create(line.Sku, line))),
        };

    private static void AssertRowAsCodecPacks(Sale sale)
    {
        var view = new MemoryViewWriter(ViewSubspaces.Sales);
        SalesView.Write(view, sale);

        List<object?> elements = [sale.Channel, sale.ExternalId, (long)sale.Status, (long)sale.Priority, sale.OrderedAtUnixMs, sale.Allocated, (long)sale.Lines.Length, sale.Id];
        foreach (var line in sale.Lines)
        {
            elements.AddRange([line.Sku, line.Quantity]);
        }

        foreach (var line in sale.Reserved.Values)
        {
            elements.AddRange([line.Sku, line.Quantity, line.Picked]);
        }

        var (key, value) = Assert.Single(view.Sorted());
        Assert.Equal(ViewSubspaces.Sales.Pack(ViewRows.Fold(sale.Channel), ViewRows.Fold(sale.ExternalId)), key);
        Assert.Equal(TupleCodec.Pack([], elements), value);
    }
}
