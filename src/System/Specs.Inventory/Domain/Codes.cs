using System.Text;
using Specs.Inventory.Domain.Text;

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
/// surrounding spaces and composed to Unicode Form C (an accent typed as its own mark joins its letter, see
/// <see cref="CanonicalForm"/>), compared without regard to case, the first spelling kept. Codes are 1-64
/// characters so that they fit in keys of any view; names are 1-200. Neither holds a character that does not show
/// on a label or a screen, so that two codes that look the same never differ: a control character (a tab or line
/// break pasted from a spreadsheet cell, NUL, U+007F-U+009F; U+001F also separates the parts of a sale's key), a
/// format character (a zero-width space, a byte order mark left by a CSV export, a direction mark) or a line or
/// paragraph separator (U+2028, U+2029), also beyond U+FFFF (the TAG characters). A product's, warehouse's or picker's
/// name may hold the zero-width joiner and non-joiner (U+200D, U+200C) between two visible characters: emoji sequences
/// and several scripts need them. A reference-data name is a key (channels are cited by it) and is checked as a code.
/// </summary>
public static class Codes
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;

    /// <summary>
    /// <paramref name="text"/> as the rules record and compare it: trimmed, then in Form C, so that é typed as one
    /// character and é typed as e and a combining accent are one code (W3C's Character Model for string matching
    /// asks identifiers for that form).
    /// </summary>
    public static string Normalize(string? text) => CanonicalForm.Compose((text ?? string.Empty).Trim());

    public static bool IsWellFormedCode(string code) => IsWellFormed(code, MaxCodeLength);

    public static bool IsWellFormedName(string name) => IsWellFormed(name, MaxNameLength, isName: true);

    /// <summary>
    /// Whether <paramref name="text"/> (already normalized) is 1 to <paramref name="maxLength"/> characters with no hidden
    /// character (a name may hold the joiners).
    /// </summary>
    public static bool IsWellFormed(string text, int maxLength, bool isName = false) =>
        text.Length > 0 && text.Length <= maxLength && HiddenCharacterAt(text, isName) < 0;

    /// <summary>
    /// The index (in UTF-16 units) of the first character of <paramref name="text"/> that does not show (see the class),
    /// or −1. Read by Unicode scalar, so that invisible characters beyond U+FFFF (the TAG characters) count, and a lone
    /// surrogate is hidden. In a name a joiner shows only between two visible characters.
    /// </summary>
    public static int HiddenCharacterAt(string text, bool isName = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var previousVisible = false;
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            if (isName && rune.Value is 0x200C or 0x200D)
            {
                var next = i + length;
                var nextVisible = next < text.Length && Rune.DecodeFromUtf16(text.AsSpan(next), out var following, out _) == System.Buffers.OperationStatus.Done
                    && !IsHidden(following) && !Rune.IsWhiteSpace(following) && following.Value is not (0x200C or 0x200D);
                if (!previousVisible || !nextVisible)
                {
                    return i;
                }

                previousVisible = false;
            }
            else if (IsHidden(rune))
            {
                return i;
            }
            else
            {
                previousVisible = !Rune.IsWhiteSpace(rune);
            }

            i += length;
        }

        return -1;
    }

    /// <summary>
    /// Why <paramref name="text"/>, not blank, is not a code or name of at most <paramref name="maxLength"/> characters, as
    /// the end of a sentence about it: it is too long, or the hidden character it holds and where (counted in
    /// characters as a reader counts them, so an emoji before it is one).
    /// </summary>
    public static string Flaw(string text, int maxLength, bool isName = false)
    {
        var at = HiddenCharacterAt(text, isName);
        if (at < 0)
        {
            return $"is {text.Length} characters; at most {maxLength} are allowed.";
        }

        var position = 1;
        foreach (var _ in text.AsSpan(0, at).EnumerateRunes())
        {
            position++;
        }

        var code = Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune.Value : text[at];
        return char.IsControl(text[at])
            ? $"holds a control character (U+{code:X4}) at position {position}; tabs, line breaks and other control characters are not allowed."
            : $"holds an invisible character (U+{code:X4}) at position {position}; zero-width, byte order mark, direction and line separator characters are not allowed.";
    }

    /// <summary>
    /// <paramref name="text"/> as a message quotes it: each hidden character written as \uXXXX, so that a line break
    /// does not split the message and a NUL or a zero-width space can be seen.
    /// </summary>
    public static string Shown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (HiddenCharacterAt(text) < 0)
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 10);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                shown.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
                i++;
                continue;
            }

            if (IsHidden(rune))
            {
                shown.Append(rune.Value > 0xFFFF
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}")
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"));
            }
            else
            {
                shown.Append(text, i, length);
            }

            i += length;
        }

        return shown.ToString();
    }

    private static bool IsHidden(Rune rune) => Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Control
        or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;

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
