using System.Globalization;
using Specs.Runner.Cli;

namespace Specs.Runner.Discovery;

/// <summary>`--shard i/n`: this run takes every n-th selected pickle, starting with the i-th (1-based).</summary>
public sealed record Shard(int Index, int Count)
{
    public static readonly Shard Whole = new(1, 1);

    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new UsageException($"--shard must be i/n with 1 <= i <= n, not '{text}'");
    }

    public bool Takes(int position) => position % Count == Index - 1;
}
