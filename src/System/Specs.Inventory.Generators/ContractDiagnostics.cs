using Microsoft.CodeAnalysis;

namespace Specs.Inventory.Generators;

/// <summary>The errors the contract generator reports. Each names the type or field and says how to fix it.</summary>
internal static class ContractDiagnostics
{
    private const string Category = "Specs.Contracts";

    public static readonly DiagnosticDescriptor DuplicateContractId = new DiagnosticDescriptor(
        "SPECS001", "Duplicate contract id",
        "Contract id {0} of '{1}' is already used by '{2}'; contract ids are unique and never reused",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FieldIndexes = new DiagnosticDescriptor(
        "SPECS002", "Field indexes must be dense and unique",
        "Field indexes of '{0}' must count up from 0 with no gap or repeat: {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedFieldType = new DiagnosticDescriptor(
        "SPECS003", "Unsupported field type",
        "Field '{0}' of '{1}' has type '{2}', which a contract cannot hold: {3}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotPartial = new DiagnosticDescriptor(
        "SPECS004", "Contract must be a top-level partial class or record",
        "Contract '{0}' must be declared as a non-generic, top-level 'partial' class or record so that its FlatBuffers code can be generated",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor IdOutOfRange = new DiagnosticDescriptor(
        "SPECS005", "Contract id out of range",
        "The {0} id {1} of '{2}' is outside {3}-{4} (blocks of 16 per domain area; see EventContractAttribute)",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EnumWithoutZero = new DiagnosticDescriptor(
        "SPECS006", "Enum needs a member of value 0",
        "Enum '{0}' used by field '{1}' needs a member of value 0: an absent field reads as 0, and flatc rejects enums whose default is not a member",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FieldNotWritable = new DiagnosticDescriptor(
        "SPECS007", "Field property must be public with an init or set accessor",
        "Field '{0}' of '{1}' must be a public instance property with a public get and an init or set accessor, so that Decode can set it",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateSchemaName = new DiagnosticDescriptor(
        "SPECS008", "Duplicate schema name",
        "Schema name '{0}' is used by both '{1}' and '{2}'; names in one contract set are unique",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidContractSet = new DiagnosticDescriptor(
        "SPECS009", "Invalid contract set",
        "ContractSet is invalid: {0}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
