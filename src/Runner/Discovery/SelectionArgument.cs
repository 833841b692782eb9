using System.Globalization;
using Specs.Runner.Cli;

namespace Specs.Runner.Discovery;

/// <summary>
/// One positional argument of `specs verify`: a folder or file, `path:line[:line...]`, or `@rerun.txt`
/// (a file listing such arguments, as written by the rerun report).
/// </summary>
public sealed record SelectionArgument(string Path, IReadOnlyList<long> Lines)
{
    /// <summary>Where the argument came from when not the command line ("rerun file X, line N"), for messages.</summary>
    public string? Origin { get; init; }

    /// <summary>How a message names the argument: as written, and from which rerun file line when it came from one.</summary>
    public string Shown => Origin is null ? Path : $"{Path} ({Origin})";

    /// <summary><see cref="Shown"/> for a path meant as a folder: with its trailing slash.</summary>
    public string ShownAsFolder => Origin is null ? $"{Path.TrimEnd('/')}/" : $"{Path.TrimEnd('/')}/ ({Origin})";

    /// <summary>Most entries a rerun file may hold; beyond it the file is not a rerun file.</summary>
    public const int RerunEntriesMax = 100_000;

    /// <summary>
    /// Whether the arguments are rerun files only and they list nothing: the run they came from had no failures, so
    /// there is nothing to rerun (a pass, as in cucumber-js), not an empty selection (a usage error).
    /// </summary>
    public static bool NothingToRerun(IReadOnlyCollection<string> arguments, IReadOnlyCollection<SelectionArgument> expanded) =>
        arguments.Count > 0 && expanded.Count == 0 && arguments.All(argument => argument.StartsWith('@'));

    public static IReadOnlyList<SelectionArgument> Expand(IEnumerable<string> arguments)
    {
        var result = new List<SelectionArgument>();
        foreach (var argument in arguments)
        {
            if (argument.StartsWith('@'))
            {
                result.AddRange(ReadRerunFile(argument[1..]));
            }
            else
            {
                result.Add(Parse(argument));
            }
        }

        return result;
    }

    /// <summary>
    /// The entries of a rerun file, each knowing its line in the file: one `path[:line...]` per line as the rerun report
    /// writes them (so a path may hold spaces), or several feature files on one line separated by white space.
    /// </summary>
    private static List<SelectionArgument> ReadRerunFile(string file)
    {
        if (file.Length == 0)
        {
            throw new UsageException("@ needs the rerun file's name, as in @reports/rerun.txt");
        }

        if (Directory.Exists(file))
        {
            throw new UsageException($"@{file} is a folder; @ names a rerun file such as reports/rerun.txt");
        }

        if (!File.Exists(file))
        {
            throw new UsageException($"rerun file not found: {file}");
        }

        var entries = new List<SelectionArgument>();
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            foreach (var entry in EntriesOf(line))
            {
                if (entry.Any(char.IsControl))
                {
                    throw new UsageException($"rerun file {file}, line {number}: not a path[:line] entry (it holds control characters; is it a rerun file?)");
                }

                entries.Add(Parse(entry) with { Origin = $"rerun file {file}, line {number}" });
                if (entries.Count > RerunEntriesMax)
                {
                    throw new UsageException($"rerun file {file} holds more than {RerunEntriesMax} entries; is it a rerun file?");
                }
            }
        }

        return entries;
    }

    /// <summary>A line's entries: split at white space only when every part names a feature file (with or without lines).</summary>
    private static IEnumerable<string> EntriesOf(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        var parts = trimmed.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.All(part => Parse(part).Path.EndsWith(".feature", StringComparison.OrdinalIgnoreCase)) ? parts : [trimmed];
    }

    /// <exception cref="UsageException">the argument is empty.</exception>
    public static SelectionArgument Parse(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (argument.Trim().Length == 0)
        {
            // Resolved against the base folder, an empty path would select everything under it, the runner's own
            // fixtures and any other project's feature files included.
            throw new UsageException("an empty path selects nothing: name a folder or a .feature file (give no path for the configured corpus)");
        }

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
