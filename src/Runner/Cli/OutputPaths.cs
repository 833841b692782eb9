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
    /// Refuses an output folder that is one of the command's input folders, compared as full paths (through `..`, a
    /// trailing separator and symbolic links): `specs merge reports/sh-1 reports/sh-2 --out reports/sh-1` replaced the
    /// first shard's own reports with the merged ones, and that shard was lost. Called before anything is written.
    /// </summary>
    /// <exception cref="UsageException">the folder is one of the inputs, named as the user gave it.</exception>
    public static void RequireApartFromInputs(string folder, IEnumerable<string> inputFolders, string baseDirectory, string shownAs)
    {
        ArgumentNullException.ThrowIfNull(inputFolders);
        var output = Physical(Full(folder, baseDirectory, shownAs));
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        foreach (var input in inputFolders)
        {
            if (string.Equals(Physical(Path.GetFullPath(input, baseDirectory)), output, comparison))
            {
                throw new UsageException($"{shownAs}: is the folder of the input {input}; the reports written there would replace the ones read from it, "
                    + "so name a folder of its own");
            }
        }
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

    /// <summary>
    /// The full path <paramref name="full"/> with each symbolic link along it replaced by what it points to, as far as the
    /// path exists, without a trailing separator: two spellings of one folder give the same text.
    /// </summary>
    private static string Physical(string full, int depth = 0)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var path = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Where(part => part.Length > 0))
        {
            path = Path.Combine(path, part);
            // A link's target may pass through links of its own, hence the recursion. A loop of links is left as written:
            // the comparison then misses a spelling of the folder, it never refuses a folder of its own.
            if (depth < 32 && new DirectoryInfo(path).LinkTarget is not null)
            {
                try
                {
                    if (Directory.ResolveLinkTarget(path, returnFinalTarget: true) is { } target)
                    {
                        path = Physical(target.FullName, depth + 1);
                    }
                }
                catch (IOException)
                {
                    // A loop of links, or a link removed meanwhile: the path as written.
                }
            }
        }

        return Path.TrimEndingDirectorySeparator(path);
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
