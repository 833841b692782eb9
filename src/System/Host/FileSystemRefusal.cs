namespace Specs.Inventory.Host;

/// <summary>
/// Why the file system would not create a folder or a file, in words an admin can act on. .NET's own text ("Could not
/// find a part of the path", "Could not find file" for a folder in /proc) names neither the cause nor the fix; the causes
/// an admin meets are few: a parent that is missing or is a file, a folder this user may not write, a read-only or full
/// file system, a system folder that takes nothing new.
/// </summary>
internal static class FileSystemRefusal
{
    // errno values, which .NET reports as the HResult of an IOException it has no type for (the same on Linux and macOS).
    private const int NoSpaceLeft = 28;
    private const int ReadOnlyFileSystem = 30;

    /// <summary>Why <paramref name="path"/> could not be created (or, when it exists, written), given what the attempt threw.</summary>
    public static string Why(string path, Exception problem)
    {
        var full = Path.GetFullPath(path);
        var exists = Path.Exists(full);
        if ((exists ? full : NearestExisting(full)) is not { } existing)
        {
            return $"no folder on the way to {full} exists, not even its root";
        }

        if (!exists && File.Exists(existing))
        {
            return $"{existing} is a file, not a folder";
        }

        return problem switch
        {
            UnauthorizedAccessException => exists ? $"this user may not write {full}" : $"this user may not write in {existing}",
            IOException { HResult: ReadOnlyFileSystem } when !OperatingSystem.IsWindows() => $"{existing} is on a read-only file system",
            IOException { HResult: NoSpaceLeft } when !OperatingSystem.IsWindows() => $"the file system of {existing} is full",
            _ when exists => $"{full} exists already",
            PathTooLongException => "the path is longer than the file system allows",
            // The parent exists and the system still says "not found": a folder such as /proc, where nothing can be made.
            FileNotFoundException or DirectoryNotFoundException => $"{existing} takes no new files or folders: it is a system folder, or it was just removed",
            _ => $"the file system refused it in {existing}: {problem.Message}",
        };
    }

    /// <summary>The deepest folder or file on the way to <paramref name="full"/> that exists (null: not even the root).</summary>
    public static string? NearestExisting(string full)
    {
        for (var current = Path.GetDirectoryName(full); current is not null; current = Path.GetDirectoryName(current))
        {
            if (Path.Exists(current))
            {
                return current;
            }
        }

        return null;
    }
}
