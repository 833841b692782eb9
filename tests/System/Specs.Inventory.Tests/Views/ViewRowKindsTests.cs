using System.Text.RegularExpressions;
using Specs.Inventory.Contracts;
using Specs.Inventory.Storage.Tuples;
using Specs.Inventory.Views;

namespace Specs.Inventory.Tests.Views;

/// <summary>
/// Every view describes its rows (<see cref="IViewColumns"/>) so that the API can name every field: these tests hold
/// the descriptions to being complete, unambiguous and in camelCase, and to the rows the views actually write.
/// </summary>
public sealed partial class ViewRowKindsTests
{
    public static TheoryData<string> ViewNames => [.. InventoryViews.All.Select(view => view.Name)];

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void A_view_describes_its_row_kinds_with_unique_camel_case_names(string name)
    {
        var kinds = Describe(name);

        Assert.NotEmpty(kinds);
        Assert.Equal(kinds.Count, kinds.Select(kind => kind.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var kind in kinds)
        {
            Assert.Matches(CamelCase(), kind.Name);
            var keyNames = kind.Key.Where(column => column.Type != ViewColumnType.Tag).Select(column => column.Name).ToArray();
            var valueNames = kind.Value.Select(column => column.Name).Concat(kind.Repeats.Select(repeat => repeat.Name)).ToArray();
            Assert.All(keyNames.Concat(valueNames), column => Assert.Matches(CamelCase(), column));
            Assert.Equal(keyNames.Length, keyNames.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(valueNames.Length, valueNames.Distinct(StringComparer.Ordinal).Count());
            Assert.All(kind.Key.Where(column => column.Type == ViewColumnType.Tag), tag => Assert.Equal(kind.Name, tag.Name));
            Assert.All(kind.Key, column => Assert.True(column.Type is not (ViewColumnType.TextList or ViewColumnType.Nested), $"{kind.Name}: a key holds no lists"));
            Assert.All(kind.Value.Where(column => column.Type == ViewColumnType.Enum), column => Assert.NotEmpty(column.EnumNames));
            Assert.All(kind.Repeats.Where(repeat => repeat.CountColumn is not null), repeat => Assert.Contains(repeat.CountColumn, kind.Value.Select(column => column.Name)));
        }
    }

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void No_key_matches_two_kinds_of_a_view(string name)
    {
        var kinds = Describe(name);

        foreach (var kind in kinds)
        {
            foreach (var other in kinds.Where(other => other != kind && other.Key.Count == kind.Key.Count))
            {
                // Keys of the same length need a place where both hold tags, and different ones.
                var told = kind.Key.Zip(other.Key).Any(pair =>
                    pair.First.Type == ViewColumnType.Tag && pair.Second.Type == ViewColumnType.Tag && pair.First.TagValue != pair.Second.TagValue);
                Assert.True(told, $"{name}: kinds {kind.Name} and {other.Name} cannot be told apart by their keys");
            }
        }
    }

    [Fact]
    public void Stock_rows_are_told_apart_by_their_leading_tag()
    {
        var stock = (IViewColumns)Inventory.Views.Stock.StockView.Instance;

        Assert.Equal("sku", stock.KindOf(TupleCodec.Unpack(TupleCodec.Pack(0L, "sku-100")))?.Name);
        Assert.Equal("warehouse", stock.KindOf(TupleCodec.Unpack(TupleCodec.Pack(1L, "sku-100", "main")))?.Name);
        Assert.Equal("warehouseContents", stock.KindOf(TupleCodec.Unpack(TupleCodec.Pack(4L, "main", "sku-100")))?.Name);
        Assert.Null(stock.KindOf(TupleCodec.Unpack(TupleCodec.Pack(9L, "sku-100"))));
    }

    [Fact]
    public void An_enum_column_names_the_members_its_stored_values_stand_for()
    {
        var type = ViewColumn.Enum<LocationType>("type");

        Assert.Equal("Receiving", type.EnumName((long)LocationType.Receiving));
        Assert.Null(type.EnumName(99));
        Assert.True(type.TryEnumValue("receiving", out var value));
        Assert.Equal((long)LocationType.Receiving, value);
    }

    private static IReadOnlyList<ViewRowKind> Describe(string name)
    {
        var view = InventoryViews.All.Single(view => view.Name == name);
        return Assert.IsAssignableFrom<IViewColumns>(view).RowKinds;
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();
}
