namespace Specs.Bench;

/// <summary>
/// Where durable benchmarks keep their data: artifacts/bench-data under the repository (a real disk;
/// /dev/shm is tmpfs, where fsync costs nothing), or /var/tmp when run outside the repository.
/// </summary>
public static class DiskFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Specs.sln")))
            {
                return Directory.CreateDirectory(Path.Combine(folder.FullName, "artifacts", "bench-data")).FullName;
            }
        }

        return Directory.CreateDirectory(Path.Combine("/var/tmp", "specs-bench-data")).FullName;
    }
}
