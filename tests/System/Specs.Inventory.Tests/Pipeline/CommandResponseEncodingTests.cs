using System.Text;
using System.Text.Json;
using Specs.Inventory.Domain;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Tests.Domain;

namespace Specs.Inventory.Tests.Pipeline;

/// <summary>
/// <see cref="CommandResponseCodec.Encode"/> writes the stored response by hand; stored responses must stay byte for
/// byte what the generated serializer of <see cref="StoredResponse"/> wrote (the format idempotency records keep, and
/// what <see cref="CommandResponseCodec.Decode"/> reads back), for every status and every refusal.
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
        }
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
