using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// Folders for throw-away environments, named <c>specs-env-&lt;pid&gt;-&lt;n&gt;</c> so that a later run can
/// tell which process owned a leftover and delete it once that process is gone (a killed run cannot
/// clean up after itself). On tmpfs (/dev/shm) fsync is free and files never touch a disk.
/// </summary>
internal static class TemporaryLmdbFolder
{
    public const string Prefix = "specs-env-";

    private static readonly ConcurrentDictionary<string, bool> InMemoryRoots = new(StringComparer.Ordinal);

    private static long _created;

    public static string DefaultRoot { get; } = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();

    public static string Create(string root)
    {
        var number = Interlocked.Increment(ref _created);
        var path = System.IO.Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{number}"));

        // A folder with this name can only be a leftover of a dead process that had our pid.
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Whether <paramref name="root"/> lies on a file system kept in memory (tmpfs, ramfs), read from the longest
    /// mount point that contains it in /proc/mounts; false where that cannot be told (no /proc: not Linux).
    /// </summary>
    public static bool IsInMemory(string root) => InMemoryRoots.GetOrAdd(System.IO.Path.GetFullPath(root), static full =>
    {
        const string Mounts = "/proc/mounts";
        if (!File.Exists(Mounts))
        {
            return false;
        }

        var (longest, type) = (-1, "");
        foreach (var line in File.ReadLines(Mounts))
        {
            // "device mount-point type options dump pass"; a space in a mount point is written \040.
            var fields = line.Split(' ');
            if (fields.Length < 3)
            {
                continue;
            }

            var mountPoint = fields[1].Replace("\\040", " ", StringComparison.Ordinal);
            var contains = mountPoint == "/" || full == mountPoint || full.StartsWith(mountPoint + "/", StringComparison.Ordinal);
            if (contains && mountPoint.Length > longest)
            {
                (longest, type) = (mountPoint.Length, fields[2]);
            }
        }

        return type is "tmpfs" or "ramfs";
    });

    public static void Delete(string path)
    {
        try
        {
            // An environment folder holds LMDB's two files and nothing else: deleting them by name spares listing
            // and inspecting the folder, once per scenario of a run. Anything unexpected in it falls back to the
            // recursive delete.
            File.Delete(System.IO.Path.Combine(path, "data.mdb"));
            File.Delete(System.IO.Path.Combine(path, "lock.mdb"));
            Directory.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone: a sweep or the user removed it; the goal is met.
        }
        catch (IOException) when (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    public static int SweepAbandoned(string root)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(root, Prefix + "*"))
        {
            if (TryParseOwner(System.IO.Path.GetFileName(folder), out var owner) && owner != Environment.ProcessId && !IsRunning(owner))
            {
                Delete(folder);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Reads the owning pid from a name <c>specs-env-&lt;pid&gt;-&lt;n&gt;</c>.</summary>
    public static bool TryParseOwner(string name, out int processId)
    {
        processId = 0;
        if (!name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = name.AsSpan(Prefix.Length);
        var dash = rest.IndexOf('-');
        return dash > 0
            && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out processId)
            && long.TryParse(rest[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    private static bool IsRunning(int processId)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists(string.Create(CultureInfo.InvariantCulture, $"/proc/{processId}"));
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
