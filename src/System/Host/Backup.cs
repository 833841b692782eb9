using Specs.Inventory.Storage.Lmdb;

namespace Specs.Inventory.Host;

/// <summary>
/// <c>backup --data DIR --to FILE</c>: LMDB's compacting copy, taken in one read transaction, so it is
/// a consistent snapshot even while a server writes to DIR from another process. This process opens
/// the environment only to read, and checks the format first, so a backup is always of a folder this
/// build can serve. FILE is the one file a restore needs (its data.mdb), and DIR is left as it was found:
/// no lock file is added to either.
/// </summary>
internal static class Backup
{
    /// <exception cref="UnusableOptionException">DIR holds no store, or FILE exists, is a folder, or cannot be written there; nothing was written.</exception>
    /// <exception cref="IncompatibleDataFormatException">DIR holds another format, or none.</exception>
    public static long Run(string dataFolder, string toFile)
    {
        // A cluster node's folder holds its stores one level down: "no data.mdb" sent its operator looking for a lost file.
        var state = Path.Combine(dataFolder, "state");
        if (!File.Exists(Path.Combine(dataFolder, "data.mdb")) && File.Exists(Path.Combine(state, "data.mdb")))
        {
            throw new UnusableOptionException("--data", dataFolder,
                $"is a cluster node's data folder (journal and state); back up its event log and views with --data {state} (the copy serves as a single node; a node that lost its data rejoins with --rejoin true instead)");
        }

        if (!File.Exists(Path.Combine(dataFolder, "data.mdb")))
        {
            throw new UnusableOptionException("--data", dataFolder, Directory.Exists(dataFolder)
                ? $"there is no store in {Path.GetFullPath(dataFolder)} (no data.mdb); give the folder a server wrote"
                : $"the folder {Path.GetFullPath(dataFolder)} does not exist");
        }

        ThrowIfNotWritable(toFile);

        // A running server holds the folder's claim and keeps LMDB's reader table in DIR/lock.mdb: the copy's read is
        // registered there, so the server does not reuse a page the copy is still reading. With no server, the backup
        // holds the claim itself (no server can start under the copy) and reads without a reader table: opening the
        // environment with one creates lock.mdb, a stray file in a folder that had none (a restored folder).
        using var claim = DataFolderLock.TryTakeForBackup(dataFolder);
        using var store = new LmdbStore(new LmdbStoreOptions
        {
            Path = dataFolder,
            Durability = LmdbDurability.Durable,
            ReadOnly = true,
            NoLock = claim is not null,
        });
        using (var transaction = store.BeginRead())
        {
            var format = DataFormat.Read(transaction);
            if (format != DataFormat.Current)
            {
                throw new IncompatibleDataFormatException(Path.GetFullPath(dataFolder), format);
            }
        }

        try
        {
            store.CopyTo(toFile);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            // Checked above, and still possible: another user's folder, a read-only mount, a full disk, /proc.
            throw new UnusableOptionException("--to", toFile, $"cannot write the backup there ({FileSystemRefusal.Why(toFile, problem)})", problem);
        }

        return new FileInfo(toFile).Length;
    }

    /// <summary>
    /// What can be told of FILE before anything opens: a backup goes to a new file in a folder that exists. It never
    /// overwrites, and it creates no folders: a mistyped --to says so instead of leaving a tree of folders behind.
    /// </summary>
    private static void ThrowIfNotWritable(string toFile)
    {
        var full = Path.GetFullPath(toFile);
        if (Directory.Exists(full))
        {
            throw new UnusableOptionException("--to", toFile, "is a folder; give a file path for the backup");
        }

        if (Path.EndsInDirectorySeparator(toFile))
        {
            throw new UnusableOptionException("--to", toFile, "names a folder (it ends in a separator); give a file path for the backup");
        }

        if (File.Exists(full))
        {
            throw new UnusableOptionException("--to", toFile, "exists already; a backup never overwrites a file");
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UnusableOptionException("--to", toFile, FileSystemRefusal.NearestExisting(full) is { } existing && File.Exists(existing)
                ? $"{existing} is a file, not a folder"
                : $"the folder {folder} does not exist");
        }
    }
}
