namespace Specs.Runner.Cli;

/// <summary>Whether a word someone typed is probably a misspelling of a known one, for a "did you mean" hint.</summary>
public static class Typo
{
    /// <summary>True when <paramref name="typed"/> is within one edit (two for words of eight letters or more) of <paramref name="known"/> (insert, delete, replace, swap), ignoring case.</summary>
    public static bool IsNear(string typed, string known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        var a = typed.ToLowerInvariant();
        var b = known.ToLowerInvariant();
        return a != b && Math.Abs(a.Length - b.Length) <= 2 && Distance(a, b) <= Math.Min(2, Math.Max(1, b.Length / 4));
    }

    // Optimal string alignment distance: Levenshtein plus the swap of two neighbouring letters ("verfiy").
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
