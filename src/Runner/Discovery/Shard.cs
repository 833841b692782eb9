using System.Globalization;
using Specs.Runner.Cli;

namespace Specs.Runner.Discovery;

/// <summary>`--shard i/n`: this run takes every n-th selected pickle, starting with the i-th (1-based).</summary>
public sealed record Shard(int Index, int Count)
{
    public static readonly Shard Whole = new(1, 1);

    public static Shard Parse(string text) =>
        TryParse(text, out var shard) ? shard : throw new UsageException($"--shard must be i/n with 1 <= i <= n, not '{text}'");

    /// <summary>Reads "i/n" with 1 &lt;= i &lt;= n, as `--shard` takes it and a shard's stream records it.</summary>
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Shard? shard)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            shard = new Shard(index, count);
            return true;
        }

        shard = null;
        return false;
    }

    public bool Takes(int position) => position % Count == Index - 1;

    /// <summary>"i/n", as `--shard` takes it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
