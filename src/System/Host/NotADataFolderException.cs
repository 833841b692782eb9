namespace Specs.Inventory.Host;

/// <summary>
/// The folder given as <c>--data</c> holds files but none of a server's: a mistyped path (a home folder, another
/// service's folder) would otherwise get LMDB's files added to it without a word. Nothing was written.
/// </summary>
public sealed class NotADataFolderException(string folder, string expected)
    : Exception($"{folder} holds other files and no {expected}: it is not a data folder; give an empty or new folder, or one a server wrote")
{
    public string Folder { get; } = folder;

    /// <summary>Refuses <paramref name="folder"/> when it exists, is not empty, and holds none of <paramref name="marks"/> (what a server writes there).</summary>
    /// <exception cref="NotADataFolderException">the folder holds other files only.</exception>
    public static void ThrowIfForeign(string folder, params string[] marks)
    {
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return;
        }

        if (!marks.Any(mark => Path.Exists(Path.Combine(folder, mark))))
        {
            throw new NotADataFolderException(Path.GetFullPath(folder), string.Join(" or ", marks));
        }
    }
}
