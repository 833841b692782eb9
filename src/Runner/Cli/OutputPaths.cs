namespace Specs.Runner.Cli;

/// <summary>
/// Checks where a command will write before it does its work: a report folder that is a file, or a report path that
/// cannot be created, is the user's mistake and is named at once with the option that gave it. Found only when the
/// reports were written, it cost the whole run (or a found and shrunk case of `hunt`) and ended in a stack trace.
/// </summary>
public static class OutputPaths
{
    /// <summary>
    /// Creates the folder <paramref name="folder"/> (relative to <paramref name="baseDirectory"/>) when missing;
    /// <paramref name="shownAs"/> is how the message names it (the option and its value).
    /// </summary>
    /// <exception cref="UsageException">the folder is a file, or cannot be created.</exception>
    public static string PrepareFolder(string folder, string baseDirectory, string shownAs)
    {
        var full = Full(folder, baseDirectory, shownAs);
        if (File.Exists(full))
        {
            throw new UsageException($"{shownAs}: is a file, not a folder");
        }

        Create(full, shownAs);
        return full;
    }

    /// <summary>Creates the folder of the file <paramref name="file"/> when missing; the file itself is written later.</summary>
    /// <exception cref="UsageException">the path is a folder, or its folder cannot be created.</exception>
    public static string PrepareFile(string file, string baseDirectory, string shownAs)
    {
        var full = Full(file, baseDirectory, shownAs);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{shownAs}: is a folder, not a file");
        }

        if (Path.GetDirectoryName(full) is { } parent)
        {
            if (File.Exists(parent))
            {
                throw new UsageException($"{shownAs}: {parent} is a file, not a folder");
            }

            Create(parent, shownAs);
        }

        return full;
    }

    private static string Full(string path, string baseDirectory, string shownAs)
    {
        try
        {
            return Path.GetFullPath(path, baseDirectory);
        }
        catch (ArgumentException error)
        {
            throw new UsageException($"{shownAs}: not a path ({error.Message})");
        }
    }

    private static void Create(string full, string shownAs)
    {
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{shownAs}: cannot create the folder {full} ({error.Message})");
        }
    }
}
