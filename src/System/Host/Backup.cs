using Specs.Inventory.Storage.Lmdb;

namespace Specs.Inventory.Host;

/// <summary>
/// <c>backup --data DIR --to FILE</c>: LMDB's compacting copy, taken in one read transaction, so it is
/// a consistent snapshot even while a server writes to DIR from another process. This process opens
/// the environment only to read, and checks the format first, so a backup is always of a folder this
/// build can serve.
/// </summary>
internal static class Backup
{
    /// <exception cref="IncompatibleDataFormatException">DIR holds another format, or none.</exception>
    /// <exception cref="IOException">FILE exists already, or cannot be written.</exception>
    public static long Run(string dataFolder, string toFile)
    {
        if (!File.Exists(Path.Combine(dataFolder, "data.mdb")))
        {
            throw new DirectoryNotFoundException($"There is no store in {Path.GetFullPath(dataFolder)} (no data.mdb).");
        }

        if (File.Exists(toFile))
        {
            throw new IOException($"{Path.GetFullPath(toFile)} exists already; a backup never overwrites a file.");
        }

        using var store = new LmdbStore(new LmdbStoreOptions { Path = dataFolder, Durability = LmdbDurability.Durable });
        using (var transaction = store.BeginRead())
        {
            var format = DataFormat.Read(transaction);
            if (format != DataFormat.Current)
            {
                throw new IncompatibleDataFormatException(Path.GetFullPath(dataFolder), format);
            }
        }

        store.CopyTo(toFile);
        return new FileInfo(toFile).Length;
    }
}
