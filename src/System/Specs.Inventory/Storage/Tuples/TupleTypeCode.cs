namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// The type codes of the FoundationDB tuple encoding (apple/foundationdb design/tuple.md). A type code
/// is the first byte of every element; the codes are allocated so that comparing encoded bytes as
/// unsigned orders elements first by kind, then by value.
/// </summary>
internal static class TupleTypeCode
{
    public const byte Null = 0x00;
    public const byte Bytes = 0x01;
    public const byte String = 0x02;
    public const byte Nested = 0x05;
    public const byte NegativeBigInteger = 0x0B;

    /// <summary>The 8-byte negative integer; 0x0C..0x13 hold 8..1 bytes of one's complement magnitude.</summary>
    public const byte NegativeInteger8 = 0x0C;

    public const byte IntegerZero = 0x14;

    /// <summary>The 8-byte positive integer; 0x15..0x1C hold 1..8 bytes of big-endian magnitude.</summary>
    public const byte PositiveInteger8 = 0x1C;

    public const byte PositiveBigInteger = 0x1D;
    public const byte Single = 0x20;
    public const byte Double = 0x21;
    public const byte False = 0x26;
    public const byte True = 0x27;
    public const byte Uuid = 0x30;
    public const byte Versionstamp = 0x33;

    /// <summary>Never a type code: 0x00 0xFF escapes a zero byte inside strings and a null inside nested tuples.</summary>
    public const byte Escape = 0xFF;

    /// <summary>The element kind of a type code, or null for a code this layer does not support.</summary>
    public static TupleElementType? Classify(byte code) => code switch
    {
        Null => TupleElementType.Null,
        Bytes => TupleElementType.Bytes,
        String => TupleElementType.String,
        Nested => TupleElementType.Nested,
        >= NegativeBigInteger and <= PositiveBigInteger => TupleElementType.Integer,
        Single => TupleElementType.Single,
        Double => TupleElementType.Double,
        False or True => TupleElementType.Boolean,
        Uuid => TupleElementType.Uuid,
        Versionstamp => TupleElementType.Versionstamp,
        _ => null,
    };

    /// <summary>Names an element kind for error messages ("an integer").</summary>
    public static string Describe(TupleElementType type) => type switch
    {
        TupleElementType.Null => "a null",
        TupleElementType.Bytes => "a byte string",
        TupleElementType.String => "a string",
        TupleElementType.Nested => "a nested tuple",
        TupleElementType.Integer => "an integer",
        TupleElementType.Single => "a float",
        TupleElementType.Double => "a double",
        TupleElementType.Boolean => "a boolean",
        TupleElementType.Uuid => "a UUID",
        TupleElementType.Versionstamp => "a versionstamp",
        _ => type.ToString(),
    };

    /// <summary>Names a type code for error messages ("a string (0x02)").</summary>
    public static string Describe(byte code) => Classify(code) is { } type
        ? $"{Describe(type)} (0x{code:X2})"
        : $"an unknown type code (0x{code:X2})";
}
