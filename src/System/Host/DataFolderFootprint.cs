namespace Specs.Inventory.Host;

/// <summary>
/// What one start of the server adds to its data folder, so that a start that fails (a port in use, an address not of
/// this machine) takes it back: a mistyped <c>--data</c> leaves no new folder behind, and an admin who fixes <c>--urls</c>
/// finds the folder as it was. Only what this start made goes: the folders it created, and the entries a server writes
/// (its stores, its lock) that were not there before. An entry that was there, and anything a server does not write, stays.
/// </summary>
internal sealed class DataFolderFootprint
{
    /// <summary>What a server writes at the top of its data folder: a single node's store, a cluster node's two, the lock last.</summary>
    private static readonly string[] ServerEntries = ["data.mdb", "lock.mdb", "journal", "state", DataFolderLock.FileName];

    private readonly string _folder;
    private readonly string? _outermostCreated;
    private readonly string[] _added;

    private DataFolderFootprint(string folder, string? outermostCreated, string[] added)
    {
        _folder = folder;
        _outermostCreated = outermostCreated;
        _added = added;
    }

    /// <summary>Creates the data folder (and its missing parents) when missing, noting what was there before.</summary>
    /// <exception cref="UnusableOptionException">the folder cannot be created; nothing was left behind.</exception>
    public static DataFolderFootprint Make(string folder)
    {
        var full = Path.GetFullPath(folder);
        var outermostCreated = OutermostMissing(full);
        var added = ServerEntries.Where(entry => outermostCreated is not null || !Path.Exists(Path.Combine(full, entry))).ToArray();
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            // Parents made before the failure go too. The reason is read before: it looks at what exists.
            var why = FileSystemRefusal.Why(full, problem);
            RemoveCreatedFolders(full, outermostCreated);
            throw new UnusableOptionException("--data", folder, $"cannot create the data folder there ({why})", problem);
        }

        return new DataFolderFootprint(full, outermostCreated, added);
    }

    /// <summary>
    /// Removes what this start added, as far as it can: the stores must be closed, and the caller should still hold the
    /// folder's lock, so that no other server starts in the folder while its lock file and stores are removed under it
    /// (on Unix a held lock file can be deleted; where it cannot, it stays, which harms nothing).
    /// </summary>
    public void TakeBack()
    {
        foreach (var entry in _added)
        {
            var path = Path.Combine(_folder, entry);
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                // Best effort: what stays is what a server writes, and a later start uses it.
            }
        }

        RemoveCreatedFolders(_folder, _outermostCreated);
    }

    /// <summary>The outermost folder on the way to <paramref name="full"/> that does not exist yet (null: it exists).</summary>
    private static string? OutermostMissing(string full)
    {
        if (Directory.Exists(full))
        {
            return null;
        }

        var outermost = Path.TrimEndingDirectorySeparator(full);
        for (var parent = Path.GetDirectoryName(outermost); parent is not null && !Path.Exists(parent); parent = Path.GetDirectoryName(parent))
        {
            outermost = parent;
        }

        return outermost;
    }

    /// <summary>Removes the folders from <paramref name="full"/> up to <paramref name="outermostCreated"/>, each only while empty.</summary>
    private static void RemoveCreatedFolders(string full, string? outermostCreated)
    {
        if (outermostCreated is null)
        {
            return;
        }

        for (var folder = Path.TrimEndingDirectorySeparator(full); folder is not null && folder.Length >= outermostCreated.Length; folder = Path.GetDirectoryName(folder))
        {
            try
            {
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }
}
