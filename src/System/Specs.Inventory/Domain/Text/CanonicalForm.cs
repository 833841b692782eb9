using System.Collections.Frozen;
using System.Text;

namespace Specs.Inventory.Domain.Text;

/// <summary>
/// Unicode Normalization Form C (canonical decomposition, then canonical composition; UAX #15), so that text that
/// looks the same is stored the same: é typed as one character (U+00E9) and é typed as e and a combining acute
/// (U+0065 U+0301, what macOS and some CSV exports produce) become one code.
/// </summary>
/// <remarks>
/// Our own code because the build runs with invariant globalization, where <see cref="string.Normalize()"/> leaves
/// non-ASCII text as it is, and because ICU would make a node's answers depend on the ICU version of its machine:
/// replicas must compose alike. The tables (<see cref="CanonicalFormTables"/>, Unicode
/// <see cref="CanonicalFormTables.UnicodeVersion"/>) are generated and checked in. Text below U+0300 is already in
/// Form C (nothing there decomposes in a way composition does not restore, and nothing there combines), so codes in
/// ASCII or Latin-1 cost one vectorized scan.
/// </remarks>
public static class CanonicalForm
{
    /// <summary>The first code point that can decompose or combine; everything before it is left as it is.</summary>
    private const char FirstActive = '\u0300';

    // Hangul syllables decompose and compose by arithmetic (Unicode, chapter 3.12), not by table.
    private const int SyllableBase = 0xAC00;
    private const int LeadBase = 0x1100;
    private const int VowelBase = 0x1161;
    private const int TrailBase = 0x11A7;
    private const int LeadCount = 19;
    private const int VowelCount = 21;
    private const int TrailCount = 28;
    private const int SyllablesPerLead = VowelCount * TrailCount;
    private const int SyllableCount = LeadCount * SyllablesPerLead;

    /// <summary>The Unicode version of the tables.</summary>
    public static string UnicodeVersion => CanonicalFormTables.UnicodeVersion;

    /// <summary>
    /// <paramref name="text"/> in Form C; the same instance when it already is. A lone surrogate is kept as it is
    /// (the rules refuse it as a character that does not show).
    /// </summary>
    public static string Compose(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange(FirstActive, char.MaxValue) < 0)
        {
            return text;
        }

        var codePoints = new List<int>(text.Length + 4);
        var classes = new List<byte>(text.Length + 4);
        Decompose(text, codePoints, classes);
        var length = ComposeInPlace(codePoints, classes);
        var composed = new StringBuilder(text.Length);
        for (var i = 0; i < length; i++)
        {
            Append(composed, codePoints[i]);
        }

        return composed.Equals(text.AsSpan()) ? text : composed.ToString();
    }

    /// <summary>The canonical combining class of <paramref name="codePoint"/> (0 for a starter).</summary>
    public static int CombiningClassOf(int codePoint)
    {
        if (codePoint < FirstActive)
        {
            return 0;
        }

        var ranges = CanonicalFormTables.CombiningClassRanges;
        int low = 0, high = (ranges.Length / 3) - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (codePoint < ranges[middle * 3])
            {
                high = middle - 1;
            }
            else if (codePoint > ranges[(middle * 3) + 1])
            {
                low = middle + 1;
            }
            else
            {
                return ranges[(middle * 3) + 2];
            }
        }

        return 0;
    }

    /// <summary>Appends the full canonical decomposition of every code point, then puts each run of non-starters in canonical order.</summary>
    private static void Decompose(string text, List<int> codePoints, List<byte> classes)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (codePoint - SyllableBase is >= 0 and < SyllableCount and var syllable)
            {
                Add(codePoints, classes, LeadBase + (syllable / SyllablesPerLead));
                Add(codePoints, classes, VowelBase + (syllable % SyllablesPerLead / TrailCount));
                if (syllable % TrailCount is > 0 and var trail)
                {
                    Add(codePoints, classes, TrailBase + trail);
                }

                continue;
            }

            var index = codePoint < FirstActive ? -1 : CanonicalFormTables.Decomposable.BinarySearch(codePoint);
            if (index < 0)
            {
                Add(codePoints, classes, codePoint);
                continue;
            }

            var starts = CanonicalFormTables.DecompositionStarts;
            foreach (var part in CanonicalFormTables.Decompositions[starts[index]..starts[index + 1]])
            {
                Add(codePoints, classes, part);
            }
        }
    }

    /// <summary>Adds one code point, moving it before the non-starters of a higher class it follows (a stable insertion).</summary>
    private static void Add(List<int> codePoints, List<byte> classes, int codePoint)
    {
        var combining = (byte)CombiningClassOf(codePoint);
        var at = codePoints.Count;
        if (combining != 0)
        {
            while (at > 0 && classes[at - 1] > combining)
            {
                at--;
            }
        }

        codePoints.Insert(at, codePoint);
        classes.Insert(at, combining);
    }

    /// <summary>
    /// Canonical composition over a decomposed, ordered sequence: each character joins the last starter when no
    /// character between them is a starter or has a class as high as its own; returns the composed length.
    /// </summary>
    private static int ComposeInPlace(List<int> codePoints, List<byte> classes)
    {
        var starter = -1;
        var lastClass = -1; // the class of the last character kept after the starter; -1 when none follows it
        var kept = 0;
        for (var read = 0; read < codePoints.Count; read++)
        {
            var codePoint = codePoints[read];
            int combining = classes[read];
            if (starter >= 0 && (lastClass == -1 || lastClass < combining) && TryCompose(codePoints[starter], codePoint, out var composite))
            {
                codePoints[starter] = composite;
                continue;
            }

            if (combining == 0)
            {
                starter = kept;
                lastClass = -1;
            }
            else
            {
                lastClass = combining;
            }

            codePoints[kept] = codePoint;
            classes[kept] = (byte)combining;
            kept++;
        }

        return kept;
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first - LeadBase is >= 0 and < LeadCount and var lead && second - VowelBase is >= 0 and < VowelCount and var vowel)
        {
            composite = SyllableBase + (((lead * VowelCount) + vowel) * TrailCount);
            return true;
        }

        if (first - SyllableBase is >= 0 and < SyllableCount and var syllable && syllable % TrailCount == 0
            && second - TrailBase is > 0 and < TrailCount and var trail)
        {
            composite = first + trail;
            return true;
        }

        return Pairs.Composites.TryGetValue(((long)first << 21) | (uint)second, out composite);
    }

    private static void Append(StringBuilder text, int codePoint)
    {
        if (codePoint > char.MaxValue)
        {
            Span<char> pair = stackalloc char[2];
            text.Append(pair[..new Rune(codePoint).EncodeToUtf16(pair)]);
        }
        else
        {
            text.Append((char)codePoint); // a lone surrogate stays as it came
        }
    }

    /// <summary>The primary composites by their pair, built on first use (most text never gets here).</summary>
    private static class Pairs
    {
        public static readonly FrozenDictionary<long, int> Composites = Build();

        private static FrozenDictionary<long, int> Build()
        {
            var triples = CanonicalFormTables.Compositions;
            var pairs = new Dictionary<long, int>(triples.Length / 3);
            for (var i = 0; i < triples.Length; i += 3)
            {
                pairs[((long)triples[i] << 21) | (uint)triples[i + 1]] = triples[i + 2];
            }

            return pairs.ToFrozenDictionary();
        }
    }
}
