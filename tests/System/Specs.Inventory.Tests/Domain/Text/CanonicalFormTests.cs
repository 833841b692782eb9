using System.Globalization;
using Specs.Inventory.Domain.Text;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Domain.Text;

/// <summary>
/// Form C against an independent implementation: nfc-vectors.txt holds, for every code point with a canonical
/// decomposition (alone and decomposed), a sample of Hangul syllables and 4,000 seeded random mixes of bases, marks
/// and composites, the NFC that Python's unicodedata gives (written by CanonicalFormTables.py with the tables).
/// </summary>
public sealed class CanonicalFormTests
{
    [Fact]
    public void Every_vector_composes_as_the_reference_implementation_does()
    {
        var lines = File.ReadAllLines(RepositoryFiles.Path("tests", "System", "Specs.Inventory.Tests", "Domain", "Text", "nfc-vectors.txt"));
        Assert.StartsWith($"# Unicode {CanonicalForm.UnicodeVersion},", lines[0], StringComparison.Ordinal);
        var wrong = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(';');
            var (input, expected) = (Text(parts[0]), Text(parts[1]));
            var actual = CanonicalForm.Compose(input);
            if (actual != expected)
            {
                wrong.Add($"{parts[0]} gave {Hex(actual)}, expected {parts[1]}");
            }
        }

        Assert.True(lines.Length > 8000, $"only {lines.Length} vectors");
        Assert.Empty(wrong.Take(20));
    }

    [Theory]
    [InlineData("Cafe\u0301", "Caf\u00E9")] // e and a combining acute: what a Mac keyboard or CSV export may send
    [InlineData("A\u030A", "\u00C5")] // Å from A and a ring above
    [InlineData("\u212B", "\u00C5")] // the ANGSTROM SIGN is a singleton: it becomes Å, never comes back
    [InlineData("o\u0323\u0302", "\u1ED9")] // ộ, the dot below composes first (class 220 before 230)
    [InlineData("o\u0302\u0323", "\u1ED9")] // the same marks typed in the other order
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // Hangul jamo L V T become one syllable
    [InlineData("\uAC00\u11A8", "\uAC01")] // an LV syllable and a trailing jamo
    [InlineData("a\u0308\u0301", "\u00E4\u0301")] // ä, then an acute that has nothing left to join
    public void Known_spellings_compose(string typed, string composed) => Assert.Equal(composed, CanonicalForm.Compose(typed));

    [Theory]
    [InlineData("SKU-100")]
    [InlineData("Caf\u00E9")]
    [InlineData("\u00C5sa \u00D8l")]
    [InlineData("\uD83D\uDCE6 box")] // an emoji beyond U+FFFF
    [InlineData("\uD800x")] // a lone surrogate stays for the rules to refuse
    public void Text_already_in_form_C_is_the_same_instance(string text) => Assert.Same(text, CanonicalForm.Compose(text));

    [Fact]
    public void Combining_classes_match_the_table() =>
        Assert.Equal([0, 230, 220, 0, 240, 9], new[] { 'a', '\u0301', '\u0323', '\u00E9', '\u0345', '\u094D' }.Select(c => CanonicalForm.CombiningClassOf(c)));

    private static string Text(string hexes) =>
        string.Concat(hexes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(hex => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .Select(codePoint => codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint)));

    private static string Hex(string text) => string.Join(' ', text.EnumerateRunes().Select(rune => rune.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
