using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Json;
using Specs.Inventory.Tests.Contracts.Samples;
using Specs.Inventory.Tests.Support;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Contracts;

/// <summary>
/// The generated <see cref="IJsonFields.ToJsonFields"/> against its oracle, System.Text.Json's reflection
/// serializer with the options the scenario record used before (camelCase, enums by name), on random
/// values of every contract of the catalog, built by reflection so that a new contract or field is covered
/// without touching this test.
/// </summary>
public sealed class ContractJsonFieldsTests
{
    private static readonly JsonSerializerOptions Oracle = ReflectionJsonOracle.Options;

    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> Contracts()
    {
        var data = new TheoryData<string>();
        foreach (var type in ContractTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Generated_json_fields_of_random_values_equal_the_reflection_serializer(string typeName)
    {
        var type = ContractTypes().Single(contract => contract.FullName == typeName);

        AssertSameAsSerializer(type);
    }

    [Fact]
    public void Generated_json_fields_of_every_supported_field_type_equal_the_reflection_serializer()
    {
        AssertSameAsSerializer(typeof(EveryFieldType));
        AssertSameAsSerializer(typeof(SampleDetail));
    }

    [Fact]
    public void Every_contract_and_table_writes_json_fields()
    {
        var types = ContractTypes();

        Assert.Contains(ContractCatalog.Contracts, contract => contract.Kind == ContractKind.Event);
        Assert.Contains(ContractCatalog.Contracts, contract => contract.Kind == ContractKind.Command);
        Assert.Contains(types, type => type.GetCustomAttribute<ContractTableAttribute>() is not null);
        Assert.All(types, type => Assert.True(typeof(IJsonFields).IsAssignableFrom(type), type.Name));
    }

    /// <summary>The catalog's commands and events, and the nested tables of the contract assembly.</summary>
    private static Type[] ContractTypes() =>
        [
            .. ContractCatalog.Contracts.Select(contract => contract.ClrType),
            .. typeof(ContractCatalog).Assembly.GetTypes().Where(type => type.GetCustomAttribute<ContractTableAttribute>() is not null).OrderBy(type => type.FullName, StringComparer.Ordinal),
        ];

    [Fact]
    public void Strings_guids_and_enum_names_are_string_nodes_and_numbers_are_not()
    {
        var value = new EveryFieldType { Text = "text", Id = Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"), Shade = Shade.Blue, Big = 42, Detail = new SampleDetail() };

        var json = value.ToJsonFields();

        Assert.Equal("text", json["text"]!.GetValue<string>());
        Assert.Equal("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", json["id"]!.GetValue<string>());
        Assert.Equal("Blue", json["shade"]!.GetValue<string>());
        Assert.False(json["big"]!.AsValue().TryGetValue<string>(out _));
        Assert.Equal(JsonValueKind.Number, json["big"]!.GetValueKind());
    }

    [Fact]
    public void An_enum_value_without_a_member_is_written_as_its_number_like_the_serializer()
    {
        var value = new EveryFieldType { Text = "", Shade = (Shade)7, Grade = (Grade)200, Detail = new SampleDetail() };

        var json = value.ToJsonFields();

        Assert.Equal(7, json["shade"]!.GetValue<int>());
        Assert.Equal(JsonSerializer.SerializeToNode(value, Oracle)!.ToJsonString(), json.ToJsonString());
    }

    private static void AssertSameAsSerializer(Type type)
    {
        Property.ForAll(
            ValueOf(type, depth: 0),
            value =>
            {
                var generated = ((IJsonFields)value).ToJsonFields();

                // The serializer's own text, compared as JSON: a byte[]'s base64 is written raw there, while a
                // node (either way) escapes its '+' as \u002B when written, so the texts differ in escaping only.
                var text = JsonSerializer.Serialize(value, type, Oracle);
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), generated), $"{text}\n{generated.ToJsonString()}");

                // What ContractJson.Fields made before, to the character: the serializer's node, written.
                var reflected = (JsonObject)JsonSerializer.SerializeToNode(value, type, Oracle)!;
                Assert.Equal(reflected.ToJsonString(), generated.ToJsonString());
                if (!type.GetProperties().Any(property => property.PropertyType == typeof(byte[])))
                {
                    Assert.Equal(text, generated.ToJsonString());
                }

                // Readers take cell text with TryGetValue<string>: the same fields must read as strings.
                Assert.Equal(reflected.Select(pair => (pair.Key, CellText(pair.Value))), generated.Select(pair => (pair.Key, CellText(pair.Value))));
            },
            seed: 0x5EED0102, iterations: 60);
    }

    private static string? CellText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => "string:" + text,
        _ => node.ToJsonString(),
    };

    /// <summary>Random instances of a contract or table: every settable property set to a random value of its type.</summary>
    private static Gen<object> ValueOf(Type type, int depth)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.SetMethod is { IsPublic: true }).ToArray();
        Assert.NotEmpty(properties);
        var values = Gen.Const(Array.Empty<object?>());
        foreach (var property in properties)
        {
            var nullable = Nullability.Create(property).WriteState == NullabilityState.Nullable;
            values = Gen.Select(values, Member(property.PropertyType, nullable, depth), (before, value) => (object?[])[.. before, value]);
        }

        return values.Select(chosen =>
        {
            var instance = Activator.CreateInstance(type)!;
            for (var i = 0; i < properties.Length; i++)
            {
                properties[i].SetValue(instance, chosen[i]);
            }

            return instance;
        });
    }

    private static Gen<object?> Member(Type type, bool nullable, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Gen.Frequency((1, NullValue), (2, Member(underlying, nullable: false, depth)));
        }

        if (nullable)
        {
            return Gen.Frequency((1, NullValue), (2, Member(type, nullable: false, depth)));
        }

        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0]
            : null;
        if (element is not null)
        {
            var items = Member(element, nullable: false, depth + 1).Array[0, depth > 1 ? 1 : 3];
            return items.Select(chosen =>
            {
                var array = Array.CreateInstance(element, chosen.Length);
                Array.Copy(chosen, array, chosen.Length);
                return (object?)array;
            });
        }

        return Scalar(type, depth);
    }

    private static Gen<object?> Scalar(Type type, int depth)
    {
        if (type.IsEnum)
        {
            var members = Enum.GetValues(type).Cast<object>().ToArray();
            var undefined = Gen.Int[0, 255].Select(number => Enum.ToObject(type, number));
            return Gen.Frequency((4, Among(members)), (1, undefined)).Select(value => (object?)value);
        }

        return type switch
        {
            _ when type == typeof(string) => Text.Select(text => (object?)text),
            _ when type == typeof(Guid) => Gen.Guid.Select(id => (object?)id),
            _ when type == typeof(bool) => Gen.Bool.Select(flag => (object?)flag),
            _ when type == typeof(byte) => Gen.Byte.Select(number => (object?)number),
            _ when type == typeof(sbyte) => Gen.SByte.Select(number => (object?)number),
            _ when type == typeof(short) => Gen.Short.Select(number => (object?)number),
            _ when type == typeof(ushort) => Gen.UShort.Select(number => (object?)number),
            _ when type == typeof(int) => Gen.OneOf(Gen.Int, Among(int.MinValue, int.MaxValue, 0)).Select(number => (object?)number),
            _ when type == typeof(uint) => Gen.OneOf(Gen.UInt, Among(uint.MaxValue, 0u)).Select(number => (object?)number),
            _ when type == typeof(long) => Gen.OneOf(Gen.Long, Among(long.MinValue, long.MaxValue, 0L, -1L)).Select(number => (object?)number),
            _ when type == typeof(ulong) => Gen.OneOf(Gen.ULong, Among(ulong.MaxValue, 0UL)).Select(number => (object?)number),

            // The serializer refuses NaN and infinities (and so would the scenario record).
            _ when type == typeof(double) => Gen.OneOf(Gen.Double.Where(double.IsFinite), Among(double.MaxValue, double.Epsilon, -0d, 0.1)).Select(number => (object?)number),
            _ when type.GetCustomAttribute<ContractTableAttribute>() is not null => ValueOf(type, depth + 1).Select(table => (object?)table),
            _ => throw new InvalidOperationException($"The test has no generator for {type}: add one for the new field type."),
        };
    }

    private static readonly Gen<object?> NullValue = Gen.Bool.Select(_ => (object?)null);

    private static Gen<T> Among<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(index => values[index]);

    /// <summary>ASCII, characters JSON must escape, HTML-sensitive ones, accents, CJK and a surrogate pair.</summary>
    private static readonly Gen<string> Text =
        Gen.Select(Gen.String[Gen.Char["aZ09 -_\"\\/\n\r\t\u0001\u001f\u007f<>&'+`éßÆ日本✓\u2028\u00a0"], 0, 12], Gen.Bool, (text, emoji) => emoji ? text + "😀" : text);
}
