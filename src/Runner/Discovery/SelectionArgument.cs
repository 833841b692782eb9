using System.Globalization;
using Specs.Runner.Cli;

namespace Specs.Runner.Discovery;

/// <summary>
/// One positional argument of `specs verify`: a folder or file, `path:line[:line...]`, or `@rerun.txt`
/// (a file listing such arguments, as written by the rerun report).
/// </summary>
public sealed record SelectionArgument(string Path, IReadOnlyList<long> Lines)
{
    /// <summary>Most entries a rerun file may hold; beyond it the file is not a rerun file.</summary>
    public const int RerunEntriesMax = 100_000;

    public static IReadOnlyList<SelectionArgument> Expand(IEnumerable<string> arguments)
    {
        var result = new List<SelectionArgument>();
        foreach (var argument in arguments)
        {
            if (argument.StartsWith('@'))
            {
                var file = argument[1..];
                if (!File.Exists(file))
                {
                    throw new UsageException($"rerun file not found: {file}");
                }

                var entries = File.ReadAllText(file).Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (entries.Length > RerunEntriesMax)
                {
                    throw new UsageException($"rerun file {file} holds {entries.Length} entries; at most {RerunEntriesMax} are accepted");
                }

                result.AddRange(entries.Select(Parse));
            }
            else
            {
                result.Add(Parse(argument));
            }
        }

        return result;
    }

    public static SelectionArgument Parse(string argument)
    {
        var parts = argument.Split(':');
        var lines = new List<long>();
        var end = parts.Length;
        // Take trailing all-digit segments as lines, so a Windows drive letter or a colon in a folder name survives.
        while (end > 1 && long.TryParse(parts[end - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var line))
        {
            lines.Insert(0, line);
            end--;
        }

        return new SelectionArgument(string.Join(':', parts[..end]), lines);
    }
}
