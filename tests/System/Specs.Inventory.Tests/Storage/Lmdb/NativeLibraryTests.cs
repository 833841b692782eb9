using LightningDB;

namespace Specs.Inventory.Tests.Storage.Lmdb;

public sealed class NativeLibraryTests
{
    [Fact]
    public void The_loaded_LMDB_is_the_1_0_1_library_compiled_from_the_package_source()
    {
        // A system liblmdb 0.9 would load silently and cannot open 1.0 files; the bundled 1.0.1
        // binary needs glibc 2.38. The library our build compiles reports exactly 1.0.1.
        var version = OpenedVersion();

        Assert.Equal((1, 0, 1), (version.Major, version.Minor, version.Patch));
    }

    [Fact]
    public void The_library_is_loaded_from_the_build_output_not_from_the_system()
    {
        _ = OpenedVersion();

        var loaded = File.ReadAllLines("/proc/self/maps")
            .Where(line => line.Contains("liblmdb", StringComparison.Ordinal))
            .Select(line => line[line.IndexOf('/', StringComparison.Ordinal)..])
            .Distinct()
            .ToList();

        var path = Assert.Single(loaded);
        Assert.StartsWith(AppContext.BaseDirectory, path, StringComparison.Ordinal);
    }

    private static LightningVersionInfo OpenedVersion()
    {
        var folder = Directory.CreateTempSubdirectory("specs-lmdb-version-");
        try
        {
            using var environment = new LightningEnvironment(folder.FullName);
            environment.Open();
            return environment.Version;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
