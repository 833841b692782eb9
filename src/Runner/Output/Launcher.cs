namespace Specs.Runner.Output;

/// <summary>
/// How a command the tool prints starts: the launcher at the repository root (specs.sh), written so that the command
/// runs when pasted in the folder the tool was run from. From the root that is <c>./specs.sh</c>, the form every
/// report and document uses; from a folder below it, the path up to it (<c>../specs.sh</c>), since the paths the
/// command names (a rerun file's scenarios) are relative to that folder. Outside a repository the tool was installed
/// (docs/extending.md): then it is the installed executable (<c>.specs/specs</c>, or <c>specs</c> when it is on PATH),
/// or <c>dotnet specs</c> for a local tool; a pasted <c>./specs.sh</c> would find no such file.
/// </summary>
public static class Launcher
{
    public const string FileName = "specs.sh";

    /// <summary>The launcher as run from the repository root: how help examples and documents write a command.</summary>
    public const string AtRoot = "./" + FileName;

    /// <summary>
    /// <paramref name="text"/> (help with examples written as run from the repository root, <see cref="AtRoot"/>) with every
    /// command started by <paramref name="launcher"/> instead: an installed tool's help showed ./specs.sh, a file it has not.
    /// </summary>
    public static string InExamples(string text, string launcher)
    {
        ArgumentNullException.ThrowIfNull(text);
        return launcher == AtRoot ? text : text.Replace(AtRoot + " ", launcher + " ", StringComparison.Ordinal).Replace("`" + AtRoot + "`", "`" + launcher + "`", StringComparison.Ordinal);
    }

    /// <summary>The launcher as seen from <paramref name="folder"/>, for the process running now.</summary>
    public static string From(string folder) => From(folder, Environment.ProcessPath, Environment.GetEnvironmentVariable("PATH"));

    /// <summary>
    /// The launcher as seen from <paramref name="folder"/>: the nearest specs.sh in it or above it; else the executable
    /// <paramref name="processPath"/> when it is the installed tool's (named specs), or <c>dotnet specs</c> when the
    /// dotnet host runs a local tool of a manifest in or above the folder; else ./specs.sh.
    /// </summary>
    public static string From(string folder, string? processPath, string? searchPath)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.GetFullPath(folder);
        for (var candidate = new DirectoryInfo(full); candidate is not null; candidate = candidate.Parent)
        {
            if (File.Exists(Path.Combine(candidate.FullName, FileName)))
            {
                var relative = Path.GetRelativePath(folder, Path.Combine(candidate.FullName, FileName));
                return ShellWord.Quote(relative.StartsWith("..", StringComparison.Ordinal) ? relative : "./" + relative);
            }
        }

        return processPath is null ? "./" + FileName : Path.GetFileNameWithoutExtension(processPath) switch
        {
            "specs" => Installed(full, Path.GetFullPath(processPath), searchPath),
            "dotnet" when LocalToolManifestAbove(full) => "dotnet specs",
            _ => "./" + FileName,
        };
    }

    private static string Installed(string folder, string executable, string? searchPath)
    {
        var directory = Path.GetDirectoryName(executable)!;
        var onPath = (searchPath ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(entry => Path.IsPathFullyQualified(entry) && string.Equals(Path.GetFullPath(entry).TrimEnd('/'), directory, StringComparison.Ordinal));
        if (onPath)
        {
            return "specs";
        }

        var relative = Path.GetRelativePath(folder, executable);
        return ShellWord.Quote(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? executable
            : relative.Contains('/', StringComparison.Ordinal) ? relative : "./" + relative);
    }

    // `dotnet tool install` without --tool-path or -g writes dotnet-tools.json, in .config/ or beside it.
    private static bool LocalToolManifestAbove(string folder)
    {
        for (var candidate = new DirectoryInfo(folder); candidate is not null; candidate = candidate.Parent)
        {
            foreach (var manifest in new[] { Path.Combine(candidate.FullName, "dotnet-tools.json"), Path.Combine(candidate.FullName, ".config", "dotnet-tools.json") })
            {
                if (File.Exists(manifest) && File.ReadAllText(manifest).Contains("\"specs.runner\"", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
