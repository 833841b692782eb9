using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Packaging;

/// <summary>
/// The runner as another team gets it: `dotnet pack` to a folder, `dotnet tool install --tool-path` from that
/// folder alone (offline: a nuget.config that clears every other source), then the installed `specs` runs
/// the host fixtures on the lmdb target, which needs the LMDB library the package carries.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task The_packed_tool_installs_from_a_local_folder_and_verifies_scenarios_on_lmdb()
    {
        var work = Path.Combine(Path.GetTempPath(), "specs-tool-tests", Guid.NewGuid().ToString("N"));
        var packages = Path.Combine(work, "packages");
        var tools = Path.Combine(work, "tools");
        Directory.CreateDirectory(work);
        try
        {
            var repository = RepositoryRoot();
            // Packing builds without ReadyToRun, into an output of its own: the precompiled build ./specs.sh runs stays.
            string[] precompiled =
            [
                Path.Combine(repository, "src", "Runner", "bin", "Release", "net10.0", "specs.dll"),
                Path.Combine(repository, "specs", "Steps", "bin", "Release", "net10.0", "Specs.Steps.dll"),
            ];
            var builtAt = precompiled.Select(LastWrite).ToList();
            var pack = await RunAsync(Dotnet, work, "pack", Path.Combine(repository, "src", "Runner", "Specs.Runner.csproj"), "-c", "Release", "-o", packages, "-v", "quiet", "--disable-build-servers");
            Assert.True(pack.ExitCode == 0, pack.Output);
            Assert.Equal(builtAt, precompiled.Select(LastWrite).ToList());
            var package = Assert.Single(Directory.GetFiles(packages, "Specs.Runner.*.nupkg"));

            // The LMDB the package carries is the one this repository compiles, not LightningDB's bundled build
            // (which needs a newer glibc than Debian 12 has): where the host looks first, and beside the assemblies.
            var built = await File.ReadAllBytesAsync(Path.Combine(repository, "artifacts", "native", "liblmdb.so"), TestContext.Current.CancellationToken);
            using (var archive = ZipFile.OpenRead(package))
            {
                foreach (var entry in new[] { "tools/net10.0/any/runtimes/linux-x64/native/liblmdb.so", "tools/net10.0/any/liblmdb.so" })
                {
                    using var packed = new MemoryStream();
                    await using (var stream = archive.GetEntry(entry)!.Open())
                    {
                        await stream.CopyToAsync(packed, TestContext.Current.CancellationToken);
                    }

                    Assert.Equal(built, packed.ToArray());
                }
            }

            var config = Path.Combine(work, "nuget.config");
            await File.WriteAllTextAsync(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{packages}" />
                  </packageSources>
                </configuration>
                """, TestContext.Current.CancellationToken);
            var install = await RunAsync(Dotnet, work, "tool", "install", "--tool-path", tools, "--configfile", config, "Specs.Runner");
            Assert.True(install.ExitCode == 0, install.Output);

            var specs = Path.Combine(tools, "specs");
            var help = await RunAsync(specs, work, "--help");
            Assert.True(help.ExitCode == 0, help.Output);
            Assert.Contains("verify", help.Output, StringComparison.Ordinal);

            var steps = typeof(ToolPackageTests).Assembly.Location;
            var feature = Path.Combine(FixtureRun.BaseDirectory, "Fixtures", "host", "host.feature");
            var verify = await RunAsync(specs, work, "verify", "--steps", steps, feature, "--tags", "not @failing", "--out", Path.Combine(work, "reports"));
            Assert.True(verify.ExitCode == 0, verify.Output);
            Assert.Equal("2 passed, 0 failed", verify.StandardOutput.TrimEnd('\n').Split('\n')[^1]);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static DateTime? LastWrite(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path) : null;

    /// <summary>The dotnet that runs these tests: its root is three folders above the shared framework's.</summary>
    private static string Dotnet => Path.Combine(DotnetRoot, "dotnet");

    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static async Task<(int ExitCode, string Output, string StandardOutput)> RunAsync(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The installed tool's launcher finds the runtime through DOTNET_ROOT, as it would on the other team's machine.
        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output) + (await error), await output);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Specs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside the repository; Specs.sln was not found above " + AppContext.BaseDirectory);
    }
}
