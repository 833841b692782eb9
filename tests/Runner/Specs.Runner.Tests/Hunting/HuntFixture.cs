using Specs.Inventory.Domain;

namespace Specs.Runner.Tests.Hunting;

/// <summary>
/// The hunter's tests switch process-wide planted bugs on and off, so they run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HuntCollection
{
    public const string Name = "hunt (planted bugs are process-wide)";
}

/// <summary>Paths and helpers the hunter's tests share.</summary>
internal static class HuntFixture
{
    /// <summary>The step assembly of specs/Steps, built with the runner in the same configuration as these tests.</summary>
    public static string StepsAssembly
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Specs.sln")))
            {
                folder = folder.Parent;
            }

            Assert.NotNull(folder);
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var path = Path.Combine(folder.FullName, "specs", "Steps", "bin", configuration, "net10.0", "Specs.Steps.dll");
            Assert.True(File.Exists(path), $"the step assembly is built with the runner: {path}");
            return path;
        }
    }

    public static string TemporaryFolder() => Path.Combine(Path.GetTempPath(), "specs-hunt-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Runs `specs verify` in-process on one feature with the corpus's steps, with <paramref name="bugs"/> planted meanwhile.</summary>
    public static async Task<(int ExitCode, string JUnit)> VerifyAsync(string feature, IReadOnlyList<PlantedBug> bugs)
    {
        var outDirectory = TemporaryFolder();
        PlantedBugs.SwitchOn(bugs);
        try
        {
            var exitCode = await SpecsCommand.RunAsync(
                ["verify", feature, "--steps", StepsAssembly, "--target", "lmdb", "--out", outDirectory, "--parallel", "1"],
                new StringWriter(),
                new StringWriter(),
                adjust: options => options with { Interactive = false },
                stop: TestContext.Current.CancellationToken);
            return (exitCode, File.ReadAllText(Path.Combine(outDirectory, "junit.xml")));
        }
        finally
        {
            PlantedBugs.SwitchOff();
        }
    }
}
