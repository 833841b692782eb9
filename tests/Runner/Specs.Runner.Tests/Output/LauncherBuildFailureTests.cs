using System.Diagnostics;
using System.Runtime.Versioning;

namespace Specs.Runner.Tests.Output;

/// <summary>
/// What `./specs.sh` says when the build it runs first fails: step definitions that do not compile are the user's to fix
/// (exit 2, naming specs/Steps), anything else is the tool's (exit 3). The launcher runs on a copy with a stand-in
/// `dotnet` that fails the build with the given compiler errors, so no real build is needed.
/// </summary>
[SupportedOSPlatform("linux")] // The launcher is a bash script.
public sealed class LauncherBuildFailureTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("specs-launcher-build-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Errors_only_in_the_step_definitions_are_a_configuration_mistake_named_as_such()
    {
        var (exitCode, error) = await RunWithBuildErrors(
            "{root}/specs/Steps/CountSteps.cs(417,1): error CS1519: Invalid token '}' in a member declaration [{root}/specs/Steps/Specs.Steps.csproj]",
            "{root}/specs/Steps/CountSteps.cs(418,13): error CS1002: ; expected [{root}/specs/Steps/Specs.Steps.csproj]",
            "{root}/specs/Steps/CountSteps.cs(418,13): error CS1002: ; expected [{root}/specs/Steps/Specs.Steps.csproj]");

        Assert.Equal(2, exitCode);
        Assert.Contains("error CS1519: Invalid token", error, StringComparison.Ordinal);
        Assert.EndsWith("specs: the step definitions in specs/Steps do not compile (2 error(s) above); fix them and run again\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_in_the_tool_itself_is_an_internal_failure()
    {
        var (exitCode, error) = await RunWithBuildErrors(
            "{root}/specs/Steps/CountSteps.cs(417,1): error CS1519: Invalid token '}' in a member declaration [{root}/specs/Steps/Specs.Steps.csproj]",
            "{root}/src/Runner/Program.cs(3,1): error CS0246: The type or namespace name 'Nope' could not be found [{root}/src/Runner/Specs.Runner.csproj]");

        Assert.Equal(3, exitCode);
        Assert.EndsWith($"specs: building {_root}/src/Runner/Specs.Runner.csproj failed (output above)\n", error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Error)> RunWithBuildErrors(params string[] errors)
    {
        File.Copy(Path.Combine(RepositoryRoot(), "specs.sh"), Path.Combine(_root, "specs.sh"));
        Directory.CreateDirectory(Path.Combine(_root, "src", "Runner"));
        File.WriteAllText(Path.Combine(_root, "src", "Runner", "Program.cs"), "");
        var bin = Directory.CreateDirectory(Path.Combine(_root, "fake-bin")).FullName;
        var lines = string.Concat(errors.Select(line => $"echo \"{line.Replace("{root}", _root, StringComparison.Ordinal)}\"\n"));
        var dotnet = Path.Combine(bin, "dotnet");
        File.WriteAllText(dotnet, "#!/usr/bin/env bash\n" + lines + "exit 1\n");
        File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = new ProcessStartInfo("bash", [Path.Combine(_root, "specs.sh"), "verify"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _root,
        };
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await output;
        return (process.ExitCode, error);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "specs.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside the repository; specs.sh was not found above " + AppContext.BaseDirectory);
    }
}
