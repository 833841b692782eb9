namespace Specs.Inventory.Host;

/// <summary>What a contract field holds, as JSON and OpenAPI see it.</summary>
internal enum FieldKind
{
    Boolean,
    Integer,
    Number,
    String,
    Uuid,
    Enum,
    Table,
    List,
}

/// <summary>
/// The JSON shape of a field type: the kinds the contract attribute allows (whole numbers of every
/// width, double, string, Guid, enums, nested tables, their nullable forms, and lists of the
/// non-nullable forms).
/// </summary>
/// <param name="Kind">What the JSON value is.</param>
/// <param name="ClrType">The field's value type without Nullable.</param>
/// <param name="IsNullable">Whether null (or absence) is meaningful.</param>
/// <param name="Minimum">For integers: the smallest value the type holds.</param>
/// <param name="Maximum">For integers: the largest value the type holds (as decimal: ulong's does not fit in long).</param>
/// <param name="Table">For tables: the nested contract.</param>
/// <param name="Element">For lists: the element type.</param>
/// <param name="EnumNames">For enums: member names to values, names compared without regard to case.</param>
internal sealed record FieldType(
    FieldKind Kind,
    Type ClrType,
    bool IsNullable,
    decimal Minimum = 0,
    decimal Maximum = 0,
    ContractShape? Table = null,
    FieldType? Element = null,
    IReadOnlyDictionary<string, object>? EnumNames = null)
{
    public static FieldType Of(Type type, IReadOnlyDictionary<Type, ContractShape> contracts, string where)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null || !type.IsValueType;
        var clr = underlying ?? type;
        if (clr == typeof(string))
        {
            // Reference types: nullability is not visible at run time; the descriptor's IsOptional says it.
            return new FieldType(FieldKind.String, clr, IsNullable: false);
        }

        if (clr.IsArray || (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)))
        {
            var element = clr.IsArray ? clr.GetElementType()! : clr.GetGenericArguments()[0];
            return new FieldType(FieldKind.List, clr, IsNullable: false, Element: Of(element, contracts, where + "[]"));
        }

        if (contracts.TryGetValue(clr, out var table))
        {
            return new FieldType(FieldKind.Table, clr, IsNullable: false, Table: table);
        }

        nullable = underlying is not null;
        if (clr.IsEnum)
        {
            var names = Enum.GetNames(clr).ToDictionary(name => name, name => Enum.Parse(clr, name), StringComparer.OrdinalIgnoreCase);
            return new FieldType(FieldKind.Enum, clr, nullable, EnumNames: names);
        }

        return Type.GetTypeCode(clr) switch
        {
            TypeCode.Boolean => new FieldType(FieldKind.Boolean, clr, nullable),
            TypeCode.SByte => Integer(clr, nullable, sbyte.MinValue, sbyte.MaxValue),
            TypeCode.Byte => Integer(clr, nullable, byte.MinValue, byte.MaxValue),
            TypeCode.Int16 => Integer(clr, nullable, short.MinValue, short.MaxValue),
            TypeCode.UInt16 => Integer(clr, nullable, ushort.MinValue, ushort.MaxValue),
            TypeCode.Int32 => Integer(clr, nullable, int.MinValue, int.MaxValue),
            TypeCode.UInt32 => Integer(clr, nullable, uint.MinValue, uint.MaxValue),
            TypeCode.Int64 => Integer(clr, nullable, long.MinValue, long.MaxValue),
            TypeCode.UInt64 => Integer(clr, nullable, ulong.MinValue, ulong.MaxValue),
            TypeCode.Double => new FieldType(FieldKind.Number, clr, nullable),
            _ when clr == typeof(Guid) => new FieldType(FieldKind.Uuid, clr, nullable),
            _ => throw new InvalidOperationException($"The field {where} has type {clr.FullName}, which the JSON mapping does not know."),
        };
    }

    private static FieldType Integer(Type clr, bool nullable, decimal minimum, decimal maximum) =>
        new(FieldKind.Integer, clr, nullable, minimum, maximum);
}
