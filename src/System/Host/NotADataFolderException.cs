namespace Specs.Inventory.Host;

/// <summary>
/// The folder given as <c>--data</c> is not this kind of server's: it holds files but none a server writes (a mistyped
/// path, a home folder, another service's folder, which would otherwise get LMDB's files added to it without a word), or
/// it is the other kind of server's folder (a cluster node's journal and state, or a single node's data.mdb, next to
/// which this server would start an empty inventory). Nothing was written.
/// </summary>
public sealed class NotADataFolderException(string folder, string why) : Exception($"{folder} {why}")
{
    public string Folder { get; } = folder;

    /// <summary>
    /// Refuses <paramref name="folder"/> when it holds entries but none of <paramref name="marks"/>, or any of
    /// <paramref name="otherKindMarks"/>. The lock file alone marks nothing (every folder a server ever used holds it),
    /// nor does a file system's own <c>lost+found</c> (a freshly formatted volume mounted as the folder).
    /// </summary>
    /// <exception cref="NotADataFolderException">the folder is foreign, or the other kind of server's.</exception>
    public static void ThrowIfForeign(string folder, string[] marks, string[] otherKindMarks, string otherKind)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var entries = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName)
            .Where(name => name is not (DataFolderLock.FileName or "lost+found")).ToList();
        if (otherKindMarks.FirstOrDefault(mark => entries.Contains(mark, StringComparer.Ordinal)) is { } other)
        {
            throw new NotADataFolderException(Path.GetFullPath(folder), $"is {otherKind}'s data folder (it holds {other}); give this server a folder of its own");
        }

        if (entries.Count > 0 && !marks.Any(mark => entries.Contains(mark, StringComparer.Ordinal)))
        {
            throw new NotADataFolderException(Path.GetFullPath(folder),
                $"holds other files and no {string.Join(" or ", marks)}: it is not a data folder; give an empty or new folder, or one a server wrote");
        }
    }
}
