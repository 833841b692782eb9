namespace Specs.Runner.Output;

/// <summary>
/// How a command the tool prints starts: the launcher at the repository root (specs.sh), written so that the command
/// runs when pasted in the folder the tool was run from. From the root that is <c>./specs.sh</c>, the form every
/// report and document uses; from a folder below it, the path up to it (<c>../specs.sh</c>), since the paths the
/// command names (a rerun file's scenarios) are relative to that folder.
/// </summary>
public static class Launcher
{
    public const string FileName = "specs.sh";

    /// <summary>The launcher as seen from <paramref name="folder"/>: the nearest specs.sh in it or above it; ./specs.sh when there is none.</summary>
    public static string From(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        for (var candidate = new DirectoryInfo(Path.GetFullPath(folder)); candidate is not null; candidate = candidate.Parent)
        {
            if (File.Exists(Path.Combine(candidate.FullName, FileName)))
            {
                var relative = Path.GetRelativePath(folder, Path.Combine(candidate.FullName, FileName));
                return ShellWord.Quote(relative.StartsWith("..", StringComparison.Ordinal) ? relative : "./" + relative);
            }
        }

        return "./" + FileName;
    }
}
