using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Specs.Inventory.Generators;

/// <summary>What a declared type is: an event, a command or a nested value table.</summary>
internal enum ContractKind
{
    Event,
    Command,
    Table,
}

/// <summary>The shape of one field's value on the wire.</summary>
internal enum FieldShape
{
    Scalar,
    String,
    Uuid,
    Table,
}

/// <summary>A scalar FlatBuffers type and the names the generated code uses for it.</summary>
internal sealed class ScalarType
{
    private ScalarType(string clrKeyword, string readerMethod, string builderMethod, string schemaType, int size, string defaultLiteral)
    {
        ClrKeyword = clrKeyword;
        ReaderMethod = readerMethod;
        BuilderMethod = builderMethod;
        SchemaType = schemaType;
        Size = size;
        DefaultLiteral = defaultLiteral;
    }

    public string ClrKeyword { get; }
    public string ReaderMethod { get; }
    public string BuilderMethod { get; }
    public string SchemaType { get; }
    public int Size { get; }
    public string DefaultLiteral { get; }

    public static ScalarType? From(SpecialType type)
    {
        switch (type)
        {
            case SpecialType.System_Boolean: return new ScalarType("bool", "Bool", "AddBool", "bool", 1, "false");
            case SpecialType.System_SByte: return new ScalarType("sbyte", "SByte", "AddSbyte", "byte", 1, "0");
            case SpecialType.System_Byte: return new ScalarType("byte", "Byte", "AddByte", "ubyte", 1, "0");
            case SpecialType.System_Int16: return new ScalarType("short", "Int16", "AddShort", "short", 2, "0");
            case SpecialType.System_UInt16: return new ScalarType("ushort", "UInt16", "AddUshort", "ushort", 2, "0");
            case SpecialType.System_Int32: return new ScalarType("int", "Int32", "AddInt", "int", 4, "0");
            case SpecialType.System_UInt32: return new ScalarType("uint", "UInt32", "AddUint", "uint", 4, "0");
            case SpecialType.System_Int64: return new ScalarType("long", "Int64", "AddLong", "long", 8, "0");
            case SpecialType.System_UInt64: return new ScalarType("ulong", "UInt64", "AddUlong", "ulong", 8, "0");
            case SpecialType.System_Double: return new ScalarType("double", "Double", "AddDouble", "double", 8, "0d");
            default: return null;
        }
    }
}

/// <summary>An enum used by a field; written to the schema with its members.</summary>
internal sealed class EnumModel
{
    public EnumModel(string fullName, string schemaName, ScalarType underlying, List<KeyValuePair<string, string>> members)
    {
        FullName = fullName;
        SchemaName = schemaName;
        Underlying = underlying;
        Members = members;
    }

    /// <summary>global::-qualified C# name.</summary>
    public string FullName { get; }
    public string SchemaName { get; }
    public ScalarType Underlying { get; }

    /// <summary>Member names and values (as source text), in declaration order.</summary>
    public List<KeyValuePair<string, string>> Members { get; }
}

/// <summary>One [Field] property.</summary>
internal sealed class FieldModel
{
    public int Index { get; set; }

    /// <summary>Position among the type's [Field] properties in source order: the order reflection (and JSON) lists them.</summary>
    public int DeclarationOrder { get; set; }

    public string PropertyName { get; set; } = "";
    public string SchemaName { get; set; } = "";
    public string Description { get; set; } = "";
    public FieldShape Shape { get; set; }
    public bool IsVector { get; set; }

    /// <summary>Whether a vector is declared as a C# array (rather than IReadOnlyList): JSON writes byte[] as base64.</summary>
    public bool IsArray { get; set; }
    public bool IsNullable { get; set; }

    /// <summary>For scalars and enums: the wire scalar (the underlying type of an enum).</summary>
    public ScalarType? Scalar { get; set; }

    /// <summary>For enums: the enum.</summary>
    public EnumModel? Enum { get; set; }

    /// <summary>For tables: the global::-qualified C# type and its schema name.</summary>
    public string TableFullName { get; set; } = "";
    public string TableSchemaName { get; set; } = "";

    /// <summary>The C# element type (scalars, enums), global::-qualified where needed.</summary>
    public string ElementClrType => Enum is not null ? Enum.FullName : Scalar is not null ? Scalar.ClrKeyword : "";

    /// <summary>The type as written in the .fbs schema.</summary>
    public string SchemaType
    {
        get
        {
            string element;
            switch (Shape)
            {
                case FieldShape.String: element = "string"; break;
                case FieldShape.Uuid: element = "Uuid"; break;
                case FieldShape.Table: element = TableSchemaName; break;
                default: element = Enum is not null ? Enum.SchemaName : Scalar!.SchemaType; break;
            }

            return IsVector ? "[" + element + "]" : element;
        }
    }

    /// <summary>Size of the field inside the table, used to order adds largest first (less padding).</summary>
    public int InlineSize => IsVector || Shape == FieldShape.String || Shape == FieldShape.Table ? 4 : Shape == FieldShape.Uuid ? 16 : Scalar!.Size;
}

/// <summary>One contract type: an [EventContract], [CommandContract] or [ContractTable].</summary>
internal sealed class ContractModel
{
    public ContractKind Kind { get; set; }
    public int Id { get; set; }
    public string Description { get; set; } = "";
    public string Namespace { get; set; } = "";
    public string Name { get; set; } = "";
    public string FullName { get; set; } = "";
    public bool IsRecord { get; set; }
    public LocationInfo? Location { get; set; }
    public List<FieldModel> Fields { get; } = new List<FieldModel>();
    public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();

    /// <summary>Whether code can be generated (no error was found in the declaration).</summary>
    public bool IsValid => Diagnostics.Count == 0;

    public string KindText => Kind == ContractKind.Event ? "event" : Kind == ContractKind.Command ? "command" : "table";
}

/// <summary>A location kept as plain data, so that models hold no syntax trees.</summary>
internal sealed class LocationInfo
{
    public LocationInfo(string path, TextSpan span, LinePositionSpan lineSpan)
    {
        Path = path;
        Span = span;
        LineSpan = lineSpan;
    }

    public string Path { get; }
    public TextSpan Span { get; }
    public LinePositionSpan LineSpan { get; }

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    public Location ToLocation() => Microsoft.CodeAnalysis.Location.Create(Path, Span, LineSpan);
}

/// <summary>A diagnostic to report, kept as plain data.</summary>
internal sealed class DiagnosticInfo
{
    public DiagnosticInfo(DiagnosticDescriptor descriptor, LocationInfo? location, params object[] arguments)
    {
        Descriptor = descriptor;
        Location = location;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }
    public LocationInfo? Location { get; }
    public object[] Arguments { get; }

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location?.ToLocation(), Arguments);
}

/// <summary>The assembly's [assembly: ContractSet] declaration.</summary>
internal sealed class ContractSetModel
{
    public ContractSetModel(string schemaNamespace, string fileIdentifier, LocationInfo? location)
    {
        SchemaNamespace = schemaNamespace;
        FileIdentifier = fileIdentifier;
        Location = location;
    }

    public string SchemaNamespace { get; }
    public string FileIdentifier { get; }
    public LocationInfo? Location { get; }
}
