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
        RequireWritable(full, shownAs);
        return full;
    }

    /// <summary>
    /// Creates the folder of the file <paramref name="file"/> when missing; the file itself is written later. An
    /// existing file is overwritten only when it has the extension <paramref name="extension"/> (".html"), the kind of
    /// file the command writes: a mistyped path must not empty a feature file or a README.
    /// </summary>
    /// <exception cref="UsageException">the path is a folder or another kind of file, or its folder cannot be created or written.</exception>
    public static string PrepareFile(string file, string baseDirectory, string shownAs, string extension)
    {
        ArgumentException.ThrowIfNullOrEmpty(extension);
        var full = Full(file, baseDirectory, shownAs);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{shownAs}: is a folder, not a file");
        }

        if (File.Exists(full) && !full.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{shownAs}: {full} exists and is not a {extension} file; name a new file, or a {extension} file to replace");
        }

        if (Path.GetDirectoryName(full) is { } parent)
        {
            if (File.Exists(parent))
            {
                throw new UsageException($"{shownAs}: {parent} is a file, not a folder");
            }

            Create(parent, shownAs);
            RequireWritable(parent, shownAs);
        }

        return full;
    }

    private static string Full(string path, string baseDirectory, string shownAs)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            // Resolved against the base folder, an empty path is that folder: reports would land among the sources.
            throw new UsageException($"{shownAs}: an empty path; name the folder or file to write");
        }

        try
        {
            return Path.GetFullPath(path, baseDirectory);
        }
        catch (ArgumentException error)
        {
            throw new UsageException($"{shownAs}: not a path ({error.Message})");
        }
    }

    /// <summary>Writes and deletes a file in <paramref name="folder"/>: a folder that exists but refuses writes is found before the work, not after it.</summary>
    private static void RequireWritable(string folder, string shownAs)
    {
        // A random name: a probe left by a killed run (in a container the process id repeats) must not fail the next one.
        var probe = Path.Combine(folder, $".specs-write-check-{Path.GetRandomFileName()}");
        try
        {
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            stream.WriteByte(0);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{shownAs}: cannot write in the folder {folder} ({error.Message})");
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
