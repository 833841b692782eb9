using System.Text;
using System.Text.Json;
using Specs.Inventory.Domain;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Tests.Domain;

namespace Specs.Inventory.Tests.Pipeline;

/// <summary>
/// <see cref="CommandResponseCodec.Encode"/> writes the stored response by hand; stored responses must stay byte for
/// byte what the generated serializer of <see cref="StoredResponse"/> wrote (the format idempotency records keep), and
/// <see cref="CommandResponseCodec.Decode"/> must read back the response they came from, for every status and every
/// refusal, and say why when the bytes are not a stored response.
/// </summary>
public sealed class CommandResponseEncodingTests
{
    public static TheoryData<string> ErrorTypeNames() => DomainErrorJsonTests.ErrorTypeNames();

    [Fact]
    public void An_accepted_response_is_stored_as_the_serializer_wrote_it()
    {
        AssertSameAsSerializer(CommandResponse.Accepted("product-SKU-1", 3, 17, 19, 4));
    }

    [Fact]
    public void A_version_conflict_and_a_reused_key_are_stored_as_the_serializer_wrote_them()
    {
        AssertSameAsSerializer(CommandResponse.Conflict("sale-S-9", 7, 5));
        AssertSameAsSerializer(CommandResponse.KeyReused);
    }

    [Theory]
    [MemberData(nameof(ErrorTypeNames))]
    public void A_refusal_of_every_error_type_is_stored_as_the_serializer_wrote_it_and_reads_back(string typeName)
    {
        foreach (var nulls in new[] { false, true })
        {
            var error = DomainErrorJsonTests.Construct(DomainErrorJsonTests.ErrorTypes().Single(type => type.FullName == typeName), nulls);
            var response = CommandResponse.Refused(error);

            AssertSameAsSerializer(response);
            Assert.Equal(response, CommandResponseCodec.Decode(CommandResponseCodec.Encode(response)));
            Assert.Equal(response, CommandResponseCodec.Decode(ThroughSerializer(response)));
        }
    }

    [Fact]
    public void One_encoder_gives_each_response_in_turn_the_bytes_encode_gives_it()
    {
        var encoder = new ResponseEncoder();
        var refusals = DomainErrorJsonTests.ErrorTypes().Take(5).Select(type => CommandResponse.Refused(DomainErrorJsonTests.Construct(type, nullsWhereAllowed: false)));
        CommandResponse[] responses =
        [
            CommandResponse.Accepted("product-SKU-1", 3, 17, 19, 4), .. refusals, CommandResponse.KeyReused,
            CommandResponse.Conflict("sale-S-9", 7, 5), CommandResponse.Accepted("p", 1, 1, 1, 1),
        ];

        // A long response followed by short ones: the reused buffer must not leak the end of an earlier one.
        foreach (var response in responses)
        {
            Assert.Equal(Encoding.UTF8.GetString(CommandResponseCodec.Encode(response)), Encoding.UTF8.GetString(encoder.Encode(response)));
        }
    }

    [Fact]
    public void Every_status_reads_back_from_what_the_serializer_wrote()
    {
        foreach (var response in new[] { CommandResponse.Accepted("product-SKU-1", 3, 17, 19, 4), CommandResponse.Conflict("sale-S-9", 7, 5), CommandResponse.KeyReused })
        {
            Assert.Equal(response, CommandResponseCodec.Decode(ThroughSerializer(response)));
        }
    }

    /// <summary>A stored response reads back with its fields in any order, unknown fields among them, names escaped, the status in any case or as its number.</summary>
    [Theory]
    [InlineData("""{"format":1,"status":"Accepted","stream":"s","eventCount":2,"firstPosition":5,"lastPosition":6,"streamVersion":3}""")]
    [InlineData("""{"streamVersion":3,"lastPosition":6,"firstPosition":5,"eventCount":2,"stream":"s","status":"accepted","format":1}""")]
    [InlineData("""{"format":1,"later":{"field":[1,2,{"x":null}]},"status":0,"stream":"s","eventCount":2,"firstPosition":5,"lastPosition":6,"streamVersion":3,"refusal":null}""")]
    [InlineData("""{"\u0066ormat":1,"status":"Accepted","str\u0065am":"s","eventCount":2,"firstPosition":5,"lastPosition":6,"streamVersio\u006e":3}""")]
    public void A_stored_response_reads_back_whatever_the_order_and_extra_fields(string stored)
    {
        Assert.Equal(CommandResponse.Accepted("s", 2, 5, 6, 3), CommandResponseCodec.Decode(Encoding.UTF8.GetBytes(stored)));
    }

    [Fact]
    public void A_refusal_reads_back_with_its_detail_before_its_type()
    {
        var type = $"{typeof(Specs.Inventory.Domain.Catalog.UnknownProduct).FullName}, Specs.Inventory";
        var stored = $$$$"""{"refusal":{"detail":{"sku":"SKU-7"},"extra":[1],"message":"no such product","type":"{{{{type}}}}","ruleId":"R-1.1"},"format":1,"status":"Refused","stream":"","eventCount":0,"firstPosition":0,"lastPosition":0,"streamVersion":0}""";

        Assert.Equal(CommandResponse.Refused(new Specs.Inventory.Domain.Catalog.UnknownProduct("SKU-7")), CommandResponseCodec.Decode(Encoding.UTF8.GetBytes(stored)));
    }

    [Fact]
    public void A_refusal_whose_type_is_gone_reads_back_as_what_the_caller_was_told()
    {
        var stored = """{"format":1,"status":"Refused","stream":"","eventCount":0,"firstPosition":0,"lastPosition":0,"streamVersion":0,"refusal":{"ruleId":"R-99.1","type":"Specs.Inventory.Domain.Gone.Renamed, Specs.Inventory","message":"was refused","detail":{"sku":"SKU-1"}}}""";

        var refusal = Assert.IsType<UnrecognizedRefusal>(CommandResponseCodec.Decode(Encoding.UTF8.GetBytes(stored)).Refusal);

        Assert.Equal(new UnrecognizedRefusal("R-99.1", "Specs.Inventory.Domain.Gone.Renamed, Specs.Inventory", "was refused"), refusal);
    }

    [Fact]
    public void A_refusal_whose_fields_changed_shape_reads_back_as_what_the_caller_was_told()
    {
        var type = $"{typeof(Specs.Inventory.Domain.Catalog.UnknownProduct).FullName}, Specs.Inventory";
        var stored = $$$$"""{"format":1,"status":"Refused","stream":"","eventCount":0,"firstPosition":0,"lastPosition":0,"streamVersion":0,"refusal":{"ruleId":"R-1.1","type":"{{{{type}}}}","message":"no such product","detail":{"sku":["not","a","string"]}}}""";

        Assert.Equal(new UnrecognizedRefusal("R-1.1", type, "no such product"), CommandResponseCodec.Decode(Encoding.UTF8.GetBytes(stored)).Refusal);
    }

    [Theory]
    [InlineData("null", "null")]
    [InlineData("""{"format":2,"status":"Accepted"}""", "format 2")]
    [InlineData("""{"status":"Accepted"}""", "format 0")]
    [InlineData("""{"format":1,"status":"Sideways"}""", "Path: $.status")]
    [InlineData("""{"format":1,"status":"7"}""", "Path: $.status")]
    [InlineData("""{"format":1,"status":""}""", "Path: $.status")]
    [InlineData("""{"format":1,"stream":5}""", "Path: $.stream")]
    [InlineData("""{"format":1,"status":"Accepted"} {}""", "")]
    [InlineData("""{"format":1,"eventCount":"two"}""", "Path: $.eventCount")]
    [InlineData("""{"format":1,"status":"Accepted",""", "")]
    [InlineData("[1,2]", "StoredResponse")]
    public void Bytes_that_are_not_a_stored_response_are_a_json_error_that_says_why(string stored, string says)
    {
        var error = Assert.ThrowsAny<JsonException>(() => CommandResponseCodec.Decode(Encoding.UTF8.GetBytes(stored)));

        Assert.Contains(says, error.Message);
    }

    private static void AssertSameAsSerializer(CommandResponse response) =>
        Assert.Equal(Encoding.UTF8.GetString(ThroughSerializer(response)), Encoding.UTF8.GetString(CommandResponseCodec.Encode(response)));

    private static byte[] ThroughSerializer(CommandResponse response)
    {
        var refusal = response.Refusal is { } error
            ? new StoredRefusal(
                error.RuleId,
                $"{error.GetType().FullName}, {error.GetType().Assembly.GetName().Name}",
                error.Describe(),
                JsonSerializer.SerializeToElement(error, DomainErrorJsonContext.TypeInfoOf(error.GetType())))
            : null;
        var stored = new StoredResponse(
            CommandResponseCodec.Format, response.Status, response.Stream, response.EventCount, response.FirstPosition, response.LastPosition,
            response.StreamVersion, response.ExpectedStreamVersion, refusal);
        return JsonSerializer.SerializeToUtf8Bytes(stored, ResponseJsonContext.Default.StoredResponse);
    }
}
