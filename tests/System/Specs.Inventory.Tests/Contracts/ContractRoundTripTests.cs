using CsCheck;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Tests.Contracts.Samples;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Contracts;

public sealed class ContractRoundTripTests
{
    [Fact]
    public void Every_real_contract_decodes_to_an_equal_value()
    {
        AssertRoundTrip(ContractSamples.ProductCreated, bytes => ProductCreated.FromBytes(bytes));
        AssertRoundTrip(ContractSamples.QuantityAdded, bytes => QuantityAdded.FromBytes(bytes));
        AssertRoundTrip(ContractSamples.QuantityRemoved, bytes => QuantityRemoved.FromBytes(bytes));
        AssertRoundTrip(ContractSamples.ItemMoved, bytes => ItemMoved.FromBytes(bytes));
        AssertRoundTrip(ContractSamples.ItemsReceived, bytes => ItemsReceived.FromBytes(bytes));
        AssertRoundTrip(ContractSamples.CreateProduct, bytes => CreateProduct.FromBytes(bytes));
        AssertRoundTrip(ContractSamples.AddItem, bytes => AddItem.FromBytes(bytes));
        AssertRoundTrip(ContractSamples.ReceiveItems, bytes => ReceiveItems.FromBytes(bytes));
    }

    [Fact]
    public void The_view_reads_every_field_in_place()
    {
        var bytes = ContractSamples.ItemsReceived.ToBytes();

        var view = new ItemsReceived.View(bytes);

        Assert.Equal("PO-1001"u8, view.PurchaseOrderUtf8);
        Assert.Equal("GRN-7", view.ReceiptId);
        Assert.Equal("MAIN"u8, view.WarehouseUtf8);
        Assert.Equal("RECEIVING"u8, view.LocationUtf8);
        Assert.Equal(3, view.Lines.Length);
        var first = view.Lines[0];
        Assert.Equal("TSHIRT-RED-M"u8, first.SkuUtf8);
        Assert.Equal(40, first.Quantity);
        Assert.True(first.HasLot);
        Assert.Equal(450, first.UnitCostMinor);
        Assert.Equal(431, first.AverageCostMinor);
        Assert.Equal(0, first.Serials.Length);
        var second = view.Lines[1];
        Assert.False(second.HasLot);
        Assert.Null(second.Lot);
        Assert.Equal(39_900, second.AverageCostMinor);
        Assert.Equal(2, second.Serials.Length);
        Assert.Equal("SN-0004"u8, second.Serials[1]);
        Assert.Equal("SN-0004", second.Serials.GetString(1));
        Assert.Equal("日本の商品", view.Lines[2].Sku);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ItemsReceived.View(bytes).Lines[3].Quantity);
    }

    [Fact]
    public void Null_optional_strings_and_empty_vectors_stay_null_and_empty()
    {
        var value = new QuantityAdded { Sku = "S", Warehouse = "MAIN", Location = "L", Quantity = 1, Reason = "R", Lot = null, Serials = [] };

        var view = new QuantityAdded.View(value.ToBytes());
        var decoded = QuantityAdded.FromBytes(value.ToBytes());

        Assert.False(view.HasLot);
        Assert.True(view.LotUtf8.IsEmpty);
        Assert.Equal(0, view.Serials.Length);
        Assert.Null(decoded.Lot);
        Assert.Empty(decoded.Serials);
    }

    [Fact]
    public void An_empty_optional_string_is_present_and_distinct_from_null()
    {
        var value = new QuantityAdded { Sku = "", Warehouse = "MAIN", Location = "L", Quantity = 0, Reason = "R", Lot = "" };

        var view = new QuantityAdded.View(value.ToBytes());

        Assert.True(view.HasLot);
        Assert.Equal("", view.Lot);
        Assert.Equal("", view.Sku);
        Assert.Equal(0, view.Quantity);
    }

    [Fact]
    public void Every_supported_field_type_round_trips_for_generated_values()
    {
        Property.ForAll(
            EveryFieldTypeGen,
            value =>
            {
                var bytes = value.ToBytes();
                var decoded = EveryFieldType.FromBytes(bytes);
                Assert.Equivalent(value, decoded, strict: true);
                Assert.Equal(bytes, decoded.ToBytes());
            },
            seed: 0x5EED0104, iterations: 300);
    }

    [Fact]
    public void A_default_valued_contract_is_written_as_an_empty_table_and_reads_back_the_defaults()
    {
        var value = new EveryFieldType { Text = "", Detail = new SampleDetail() };

        var bytes = value.ToBytes();
        var view = new EveryFieldType.View(bytes);

        Assert.Equal(0, view.Big);
        Assert.Equal(Guid.Empty, view.Id);
        Assert.Null(view.OptionalId);
        Assert.Null(view.OptionalShade);
        Assert.False(view.HasOptionalDetail);
        Assert.Equivalent(value with { Detail = new SampleDetail() }, EveryFieldType.FromBytes(bytes), strict: true);
    }

    private static void AssertRoundTrip<T>(T value, Func<byte[], T> fromBytes)
        where T : IContractValue
    {
        var bytes = ToBytes(value);
        var decoded = fromBytes(bytes);
        Assert.Equivalent(value, decoded, strict: true);
        Assert.Equal(bytes, ToBytes(decoded));
    }

    private static byte[] ToBytes(IContractValue value)
    {
        var builder = new Google.FlatBuffers.FlatBufferBuilder(64);
        builder.Finish(value.WriteTo(builder));
        return builder.SizedByteArray();
    }

    private static readonly Gen<string> Text =
        Gen.String[Gen.OneOf(Gen.Char.AlphaNumeric, Gen.Char["éß日✓"]), 0, 12];

    private static readonly Gen<Guid> Ids =
        Gen.Select(Gen.ULong, Gen.ULong, (high, low) => Specs.Inventory.Contracts.Wire.Uuid.Join(high, low));

    private static readonly Gen<SampleDetail> Details =
        Gen.Select(Text, Gen.Int, Ids.Array[0, 3], (label, count, tags) => new SampleDetail { Label = label, Count = count, Tags = tags });

    private static readonly Gen<(bool, byte, short, int, long, ulong, double, string)> Scalars =
        Gen.Select(Gen.Bool, Gen.Byte, Gen.Short, Gen.Int, Gen.Long, Gen.ULong, Gen.Double, Text);

    private static readonly Gen<(string?, Guid, Guid?, Grade, Shade, long?, Shade?, SampleDetail)> Optionals =
        Gen.Select(Text.Null(), Ids, Ids.Nullable(), Gen.Enum<Grade>(), Gen.Enum<Shade>(), Gen.Long.Nullable(), Gen.Enum<Shade>().Nullable(), Details);

    private static readonly Gen<(SampleDetail?, bool[], long[], double[], string[], Guid[], Grade[], Shade[])> Vectors =
        Gen.Select(Details.Null(), Gen.Bool.Array[0, 4], Gen.Long.Array[0, 4], Gen.Double.Array[0, 4], Text.Array[0, 4], Ids.Array[0, 3], Gen.Enum<Grade>().Array[0, 3], Gen.Enum<Shade>().Array[0, 3]);

    private static readonly Gen<(SampleDetail[], sbyte, ushort, uint, byte[], short[], bool?)> Rest =
        Gen.Select(Details.Array[0, 3], Gen.SByte, Gen.UShort, Gen.UInt, Gen.Byte.Array[0, 5], Gen.Short.Array[0, 4], Gen.Bool.Nullable());

    private static readonly Gen<EveryFieldType> EveryFieldTypeGen =
        Gen.Select(Scalars, Optionals, Vectors, Rest, (a, b, c, d) => new EveryFieldType
        {
            Flag = a.Item1,
            Small = a.Item2,
            Medium = a.Item3,
            Number = a.Item4,
            Big = a.Item5,
            Unsigned = a.Item6,
            Ratio = a.Item7,
            Text = a.Item8,
            OptionalText = b.Item1,
            Id = b.Item2,
            OptionalId = b.Item3,
            Grade = b.Item4,
            Shade = b.Item5,
            OptionalBig = b.Item6,
            OptionalShade = b.Item7,
            Detail = b.Item8,
            OptionalDetail = c.Item1,
            Flags = c.Item2,
            Numbers = c.Item3,
            Ratios = c.Item4,
            Texts = c.Item5,
            Ids = c.Item6,
            Grades = c.Item7,
            Shades = c.Item8,
            Details = d.Item1,
            Tiny = d.Item2,
            Port = d.Item3,
            Count32 = d.Item4,
            Bytes = d.Item5,
            Shorts = d.Item6,
            OptionalFlag = d.Item7,
        });
}
