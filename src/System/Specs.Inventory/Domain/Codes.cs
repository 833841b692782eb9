namespace Specs.Inventory.Domain;

/// <summary>The kinds of codes people type to name things; each kind is checked by its area's rule.</summary>
public enum CodeKind
{
    Sku,
    AlternateSku,
    Warehouse,
    Location,
    Lot,
    Serial,
}

/// <summary>
/// Codes (SKUs, warehouse and location codes, lots, serials) and names as people type them: trimmed of
/// surrounding spaces, compared without regard to case, the first spelling kept. Codes are 1-64
/// characters so that they fit in keys of any view; names are 1-200.
/// </summary>
public static class Codes
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;

    public static string Normalize(string? text) => (text ?? string.Empty).Trim();

    public static bool IsWellFormedCode(string code) => code.Length is > 0 and <= MaxCodeLength;

    public static bool IsWellFormedName(string name) => name.Length is > 0 and <= MaxNameLength;

    /// <summary>Null when <paramref name="code"/> (already normalized) is well formed, else the refusal.</summary>
    public static DomainError? Check(CodeKind kind, string code) =>
        IsWellFormedCode(code) ? null : new InvalidCode(kind, code, MaxCodeLength);
}

/// <summary>A code is blank or longer than the limit. The rule depends on the kind of code.</summary>
public sealed record InvalidCode(CodeKind Kind, string Code, int MaxLength) : DomainError
{
    public override string RuleId => Kind switch
    {
        CodeKind.Sku or CodeKind.AlternateSku => Catalog.CatalogRules.CodesWellFormed,
        CodeKind.Warehouse => Locations.LocationRules.WarehouseCodesUnique,
        CodeKind.Location => Locations.LocationRules.LocationCodesUnique,
        CodeKind.Lot => Lots.LotRules.LotsRegistered,
        _ => Lots.LotRules.SerialsUnique,
    };

    public override string Describe() => Code.Length == 0
        ? $"A {Words(Kind)} code is required."
        : $"The {Words(Kind)} code '{Code}' is {Code.Length} characters; at most {MaxLength} are allowed.";

    private static string Words(CodeKind kind) => kind switch
    {
        CodeKind.Sku => "SKU",
        CodeKind.AlternateSku => "alternate SKU",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
