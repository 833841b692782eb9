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
/// characters so that they fit in keys of any view; names are 1-200. Neither holds a control character
/// (a tab or line break pasted from a spreadsheet cell, NUL, U+007F-U+009F): it does not show on a label or a
/// screen, so two codes that look the same would differ, and U+001F separates the parts of a sale's key.
/// </summary>
public static class Codes
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;

    public static string Normalize(string? text) => (text ?? string.Empty).Trim();

    public static bool IsWellFormedCode(string code) => IsWellFormed(code, MaxCodeLength);

    public static bool IsWellFormedName(string name) => IsWellFormed(name, MaxNameLength);

    /// <summary>Whether <paramref name="text"/> (already normalized) is 1 to <paramref name="maxLength"/> characters with no control character.</summary>
    public static bool IsWellFormed(string text, int maxLength) => text.Length > 0 && text.Length <= maxLength && ControlCharacterAt(text) < 0;

    /// <summary>The index of the first control character in <paramref name="text"/>, or −1.</summary>
    public static int ControlCharacterAt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Why <paramref name="text"/>, not blank, is not a code or name of at most <paramref name="maxLength"/> characters, as
    /// the end of a sentence about it: it is too long, or the control character it holds and where (counted in
    /// characters as a reader counts them, so an emoji before it is one).
    /// </summary>
    public static string Flaw(string text, int maxLength)
    {
        var at = ControlCharacterAt(text);
        if (at < 0)
        {
            return $"is {text.Length} characters; at most {maxLength} are allowed.";
        }

        var position = 1;
        foreach (var _ in text.AsSpan(0, at).EnumerateRunes())
        {
            position++;
        }

        return $"holds a control character (U+{(int)text[at]:X4}) at position {position}; tabs, line breaks and other control characters are not allowed.";
    }

    /// <summary>
    /// <paramref name="text"/> as a message quotes it: each control character written as \uXXXX, so that a line break
    /// does not split the message and a NUL can be seen.
    /// </summary>
    public static string Shown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ControlCharacterAt(text) < 0)
        {
            return text;
        }

        var shown = new System.Text.StringBuilder(text.Length + 10);
        foreach (var character in text)
        {
            if (char.IsControl(character))
            {
                shown.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
            }
            else
            {
                shown.Append(character);
            }
        }

        return shown.ToString();
    }

    /// <summary>Null when <paramref name="code"/> (already normalized) is well formed, else the refusal.</summary>
    public static DomainError? Check(CodeKind kind, string code) =>
        IsWellFormedCode(code) ? null : new InvalidCode(kind, code, MaxCodeLength);
}

/// <summary>A code is blank, longer than the limit or holds a control character. The rule depends on the kind of code.</summary>
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
        : $"The {Words(Kind)} code '{Codes.Shown(Code)}' {Codes.Flaw(Code, MaxLength)}";

    private static string Words(CodeKind kind) => kind switch
    {
        CodeKind.Sku => "SKU",
        CodeKind.AlternateSku => "alternate SKU",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
