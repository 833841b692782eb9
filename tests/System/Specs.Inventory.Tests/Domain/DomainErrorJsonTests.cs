using System.Reflection;
using System.Text.Json;
using Specs.Inventory.Domain;
using Specs.Inventory.Tests.Support;

namespace Specs.Inventory.Tests.Domain;

/// <summary>
/// <see cref="DomainErrorJsonContext"/> against its oracle, System.Text.Json's reflection serializer with the
/// options refusals were written with before (camelCase, enums by name): every concrete <see cref="DomainError"/>
/// of the system, found by reflection, so that a new error type fails here until it is listed in the context
/// instead of failing a run.
/// </summary>
public sealed class DomainErrorJsonTests
{
    private static readonly JsonSerializerOptions Oracle = ReflectionJsonOracle.Options;

    public static TheoryData<string> ErrorTypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in ErrorTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Every_domain_error_type_has_generated_json_metadata()
    {
        var types = ErrorTypes();
        var missing = types.Where(type => DomainErrorJsonContext.Default.GetTypeInfo(type) is null).Select(type => type.FullName).ToList();

        Assert.NotEmpty(types);
        Assert.True(
            missing.Count == 0,
            $"These DomainError types are not listed in DomainErrorJsonContext (add a [JsonSerializable(typeof(...))] line each): {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(ErrorTypeNames))]
    public void Generated_json_of_an_error_with_every_field_set_equals_the_reflection_serializer(string typeName)
    {
        AssertSameAsReflection(Construct(ErrorTypes().Single(type => type.FullName == typeName), nullsWhereAllowed: false));
    }

    [Theory]
    [MemberData(nameof(ErrorTypeNames))]
    public void Generated_json_of_an_error_with_optional_fields_null_equals_the_reflection_serializer(string typeName)
    {
        AssertSameAsReflection(Construct(ErrorTypes().Single(type => type.FullName == typeName), nullsWhereAllowed: true));
    }

    [Theory]
    [MemberData(nameof(ErrorTypeNames))]
    public void Generated_detail_of_an_error_with_every_field_set_is_what_the_reflection_serializer_writes(string typeName)
    {
        var error = Construct(ErrorTypes().Single(type => type.FullName == typeName), nullsWhereAllowed: false);

        Assert.Equal(JsonSerializer.Serialize(error, error.GetType(), Oracle), DomainErrorJson.Detail(error).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ErrorTypeNames))]
    public void Generated_detail_of_an_error_with_optional_fields_null_is_what_the_reflection_serializer_writes(string typeName)
    {
        var error = Construct(ErrorTypes().Single(type => type.FullName == typeName), nullsWhereAllowed: true);

        Assert.Equal(JsonSerializer.Serialize(error, error.GetType(), Oracle), DomainErrorJson.Detail(error).ToJsonString());
    }

    [Fact]
    public void Generated_detail_of_an_error_type_from_another_assembly_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DomainErrorJson.Detail(new UnlistedError()));

        Assert.Contains(typeof(UnlistedError).FullName!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_type_missing_from_the_context_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DomainErrorJsonContext.TypeInfoOf(typeof(UnlistedError)));

        Assert.Contains(nameof(UnlistedError), error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameAsReflection(DomainError error)
    {
        var typeInfo = DomainErrorJsonContext.TypeInfoOf(error.GetType());

        var generated = JsonSerializer.Serialize(error, typeInfo);

        Assert.Equal(JsonSerializer.Serialize(error, error.GetType(), Oracle), generated);
        // The stored response of an idempotent command reads the error back through the same metadata.
        Assert.Equal(error, JsonSerializer.Deserialize(generated, typeInfo));
    }

    internal static List<Type> ErrorTypes() =>
        [.. typeof(DomainError).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(DomainError)) && !type.IsAbstract)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)];

    /// <summary>An instance through the record's primary constructor, each parameter a distinct sample value.</summary>
    internal static DomainError Construct(Type type, bool nullsWhereAllowed)
    {
        var constructor = type.GetConstructors()
            .Where(candidate => candidate.GetParameters() is not [var only] || only.ParameterType != type)
            .MaxBy(candidate => candidate.GetParameters().Length)!;
        var nullability = new NullabilityInfoContext();
        var arguments = constructor.GetParameters()
            .Select((parameter, index) =>
                nullsWhereAllowed && nullability.Create(parameter).WriteState == NullabilityState.Nullable
                    ? null
                    : Sample(parameter.ParameterType, parameter.Name!, index))
            .ToArray();
        return (DomainError)constructor.Invoke(arguments);
    }

    private static object Sample(Type type, string name, int index)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            // Characters the encoder escapes, so both serializers are held to the same escaping.
            return $"{name}-{index} \"<é>\"";
        }

        if (underlying == typeof(int))
        {
            return 7 + index;
        }

        if (underlying == typeof(long))
        {
            return 1_000_000_007L * (index + 1);
        }

        if (underlying == typeof(Guid))
        {
            return new Guid(index + 1, 2, 3, [4, 5, 6, 7, 8, 9, 10, 11]);
        }

        if (underlying.IsEnum)
        {
            var values = Enum.GetValues(underlying);
            return values.GetValue(index % values.Length)!;
        }

        throw new InvalidOperationException($"No sample value for a {type.Name} parameter ({name}): add one to {nameof(DomainErrorJsonTests)}.{nameof(Sample)}.");
    }

    private sealed record UnlistedError : DomainError
    {
        public override string RuleId => "R-0.0";

        public override string Describe() => "Not listed in the context.";
    }
}
