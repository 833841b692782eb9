namespace Specs.Inventory.Host;

/// <summary>
/// A server's claim on its data folder: an exclusive lock on <c>DIR/server.lock</c>, held while the server runs and
/// released by the operating system when the process ends, however it ends. LMDB lets several processes open one
/// environment, so a second server on the same folder used to start, serve reads that were already stale and fail
/// every write on the log's key order with an empty 500. <c>backup</c> copies under a running server without a claim,
/// and takes one only on a folder no server holds (<see cref="TryTakeForBackup"/>).
/// </summary>
internal sealed class DataFolderLock : IDisposable
{
    public const string FileName = "server.lock";

    private readonly FileStream _file;

    /// <summary>The lock file, when this claim created it and takes it away again on release.</summary>
    private readonly string? _created;

    private DataFolderLock(FileStream file, string? created = null)
    {
        _file = file;
        _created = created;
    }

    /// <exception cref="DataFolderInUseException">another server (in this process or another) holds the folder.</exception>
    /// <exception cref="UnusableOptionException">the lock file cannot be written in the folder.</exception>
    public static DataFolderLock Take(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
            return new DataFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException problem) when (IsLockConflict(problem))
        {
            throw new DataFolderInUseException(Path.GetFullPath(folder), problem);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            // A folder the server may not write (an existing one of another user, a read-only mount): said before LMDB
            // tries, in words, instead of .NET's "Access to the path ... is denied".
            throw new UnusableOptionException("--data", folder, $"cannot write in the data folder ({FileSystemRefusal.Why(path, problem)})", problem);
        }
    }

    /// <summary>
    /// The claim on a folder for a backup, or null when a server holds it (the backup then reads beside that server).
    /// While the claim is held no server can start on the folder and write under the copy. A lock file this call had to
    /// create (a restored folder no server has opened yet) is removed on release: a backup leaves the folder as it found it.
    /// </summary>
    /// <exception cref="UnusableOptionException">the lock file cannot be written in the folder.</exception>
    public static DataFolderLock? TryTakeForBackup(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            if (!File.Exists(path))
            {
                try
                {
                    return new DataFolderLock(new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None), created: path);
                }
                catch (IOException) when (File.Exists(path))
                {
                    // A server starting this very moment made the file first: whether it holds it is asked below.
                }
            }

            return new DataFolderLock(new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException problem) when (IsLockConflict(problem))
        {
            return null;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            throw new UnusableOptionException("--data", folder, $"cannot write in the data folder ({FileSystemRefusal.Why(path, problem)})", problem);
        }
    }

    public void Dispose()
    {
        if (_created is null)
        {
            _file.Dispose();
        }
        else if (OperatingSystem.IsWindows())
        {
            // Windows deletes no file that is open without FileShare.Delete.
            _file.Dispose();
            File.Delete(_created);
        }
        else
        {
            // Removed while still held: a server that opened the file meanwhile is refused (its lock fails), one that
            // opens the path afterwards creates a file of its own. Closed first, a server could take the file in between
            // and lose it to the delete, and a second server would then find no claim.
            File.Delete(_created);
            _file.Dispose();
        }
    }

    /// <summary>
    /// Whether the exclusive open failed because another holder has the lock, not for another reason (a read-only mount,
    /// a full disk), which keeps its own message. On Unix .NET reports flock's EWOULDBLOCK with the errno as HResult
    /// (11 on Linux, 35 on macOS); Windows reports a sharing or lock violation.
    /// </summary>
    private static bool IsLockConflict(IOException problem) =>
        problem is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException)
        && (OperatingSystem.IsWindows()
            ? problem.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021)
            : problem.HResult == (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? 35 : 11));
}

/// <summary>The data folder is held by another server; nothing was opened.</summary>
public sealed class DataFolderInUseException(string folder, Exception inner)
    : Exception($"the data folder {folder} is in use by another server, or a backup is copying it (it holds {DataFolderLock.FileName}); stop that server or let the backup finish, or give this one a folder of its own", inner)
{
    public string Folder { get; } = folder;
}
