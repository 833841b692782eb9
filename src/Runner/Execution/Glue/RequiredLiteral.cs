using System.Text;
using System.Text.RegularExpressions;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// The longest run of plain characters that every match of a regex must contain, so that a text lacking it can
/// be passed over without running the regex. Step definitions are Cucumber expressions turned into regexes such
/// as <c>^the merchant adds (-?\d+) unit(?:s)? of "([^"]*)"$</c>: their literal words are the required runs.
/// </summary>
/// <remarks>
/// Conservative by construction: a character is kept only when it is outside every group and class, not
/// followed by a quantifier that makes it optional, and the pattern has no top-level alternation and no inline
/// options. When in doubt it requires nothing (<see cref="None"/>), and then the regex decides alone. Dropping a
/// required character can only make the filter weaker, never wrong.
/// </remarks>
public readonly record struct RequiredLiteral(string? Text, StringComparison Comparison)
{
    /// <summary>Requires nothing: every text may match.</summary>
    public static RequiredLiteral None => new(null, StringComparison.Ordinal);

    /// <summary>Whether a text could match: it contains the required literal (always, when there is none).</summary>
    public bool MayOccurIn(string text) => Text is null || text.Contains(Text, Comparison);

    public static RequiredLiteral Of(Regex? regex)
    {
        if (regex is null || (regex.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return None;
        }

        var comparison = (regex.Options & RegexOptions.IgnoreCase) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return Longest(regex.ToString()) is { } text ? new RequiredLiteral(text, comparison) : None;
    }

    /// <summary>The longest required run of plain characters in <paramref name="pattern"/>, or null.</summary>
    internal static string? Longest(string pattern)
    {
        var best = "";
        var current = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            char literal;
            switch (c)
            {
                case '|':
                    return null; // a top-level alternative may match without any of the rest
                case '(':
                    if (HasInlineOptions(pattern, i))
                    {
                        return null;
                    }

                    EndRun();
                    i = SkipQuantifier(pattern, SkipGroup(pattern, i));
                    continue;
                case '[':
                    EndRun();
                    i = SkipQuantifier(pattern, SkipClass(pattern, i));
                    continue;
                case '^' or '$' or '.':
                    EndRun();
                    i = SkipQuantifier(pattern, i + 1);
                    continue;
                case '*' or '+' or '?' or '{' or ')' or ']' or '}':
                    EndRun(); // a quantifier or closer out of place: the pattern is not the simple kind; keep what was certain
                    i++;
                    continue;
                case '\\':
                    if (i + 1 >= pattern.Length || char.IsLetterOrDigit(pattern[i + 1]))
                    {
                        EndRun(); // \d, \w, \b, a back-reference …: not a plain character
                        i = SkipQuantifier(pattern, i + 2);
                        continue;
                    }

                    literal = pattern[i + 1];
                    i += 2;
                    break;
                default:
                    literal = c;
                    i++;
                    break;
            }

            if (i < pattern.Length && pattern[i] is '*' or '?' or '{')
            {
                EndRun(); // the character may be absent (or repeated a counted number of times): not required as such
                i = SkipQuantifier(pattern, i);
            }
            else if (i < pattern.Length && pattern[i] == '+')
            {
                current.Append(literal); // at least once: required, but what follows it need not be adjacent
                EndRun();
                i = SkipQuantifier(pattern, i);
            }
            else
            {
                current.Append(literal);
            }
        }

        EndRun();
        return best.Length == 0 ? null : best;

        void EndRun()
        {
            if (current.Length > best.Length)
            {
                best = current.ToString();
            }

            current.Clear();
        }
    }

    /// <summary><c>(?i)</c>, <c>(?x:…)</c> and the like change how the rest matches: no literal is certain then.</summary>
    private static bool HasInlineOptions(string pattern, int open) =>
        open + 2 < pattern.Length && pattern[open + 1] == '?' && pattern[open + 2] is 'i' or 'm' or 'n' or 's' or 'x' or '-';

    /// <summary>The index just past the group opening at <paramref name="open"/>, or the end of the pattern.</summary>
    private static int SkipGroup(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i) - 1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return pattern.Length;
    }

    /// <summary>The index just past the character class opening at <paramref name="open"/>.</summary>
    private static int SkipClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++; // a ']' first in the class is a plain member
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i + 1;
            }
        }

        return pattern.Length;
    }

    /// <summary>Past a quantifier at <paramref name="i"/> (with its lazy or possessive mark), if there is one.</summary>
    private static int SkipQuantifier(string pattern, int i)
    {
        if (i >= pattern.Length)
        {
            return i;
        }

        if (pattern[i] is '*' or '+' or '?')
        {
            i++;
        }
        else if (pattern[i] == '{')
        {
            var close = pattern.IndexOf('}', i);
            if (close < 0)
            {
                return i;
            }

            i = close + 1;
        }
        else
        {
            return i;
        }

        return i < pattern.Length && pattern[i] is '?' or '+' ? i + 1 : i;
    }
}
