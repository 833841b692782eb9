using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Specs.Inventory.Host.Tests;

/// <summary>The executable as an admin runs it: <c>serve</c> in a process of its own, stopped with SIGTERM or SIGINT.</summary>
public sealed partial class ExecutableTests
{
    [Fact]
    public async Task Serve_answers_commands_and_on_sigterm_commits_what_it_accepted_and_exits_0()
    {
        using var folder = new TestFolder();
        var data = folder.Combine("data");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "specs-inventory.dll"), "serve", "--data", data, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        var (exitCode, log) = await ServeAndSignalAsync(start, "-TERM", serverPid: null);

        Assert.True(exitCode == 0, log);
        Assert.Contains("Stopping: committing every command already accepted.", log, StringComparison.Ordinal);
        using var store = ApiHost.OpenFolder(data);
        using var transaction = store.BeginRead();
        Assert.Equal(50UL, EventStore.EventLog.Head(transaction));
    }

    [Fact]
    public async Task Serve_started_in_the_background_of_a_script_stops_on_sigint_too()
    {
        // A shell without job control starts `cmd &` with SIGINT ignored, and .NET installs no handler for an ignored
        // signal: the server went on serving through SIGINT (SIGTERM stopped it). The script's wait returns the server's
        // exit code, so bash's is the server's.
        using var folder = new TestFolder();
        var data = folder.Combine("data");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "-c", "dotnet \"$0\" serve --data \"$1\" --urls http://127.0.0.1:0 & echo \"server pid $!\"; wait $!",
            Path.Combine(AppContext.BaseDirectory, "specs-inventory.dll"), data,
        })
        {
            start.ArgumentList.Add(arg);
        }

        var (exitCode, log) = await ServeAndSignalAsync(start, "-INT", ServerPidLine());

        Assert.True(exitCode == 0, log);
        Assert.Contains("Stopping: committing every command already accepted.", log, StringComparison.Ordinal);
        using var store = ApiHost.OpenFolder(data);
        using var transaction = store.BeginRead();
        Assert.Equal(50UL, EventStore.EventLog.Head(transaction));
    }

    /// <summary>
    /// Starts the server's process, waits for its address, has 50 commands accepted, sends the signal to the server
    /// (the process itself, or the pid a line of its output names) and waits up to 60 s for the process to end.
    /// </summary>
    private static async Task<(int ExitCode, string Log)> ServeAndSignalAsync(ProcessStartInfo start, string signal, Regex? serverPid)
    {
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var pid = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (serverPid is null)
        {
            pid.SetResult(process.Id);
        }

        process.OutputDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (line.Data is { } text && ServingLine().Match(text) is { Success: true } match)
            {
                address.TrySetResult(new Uri(match.Groups["address"].Value));
            }

            if (line.Data is { } said && serverPid?.Match(said) is { Success: true } named)
            {
                pid.TrySetResult(int.Parse(named.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var baseAddress = await address.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            using var client = new HttpClient { BaseAddress = baseAddress };
            var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
            {
                using var content = new StringContent($"{{\"name\":\"Channel {i}\"}}", Encoding.UTF8, "application/json");
                using var response = await client.PostAsync("/api/commands/CreateChannel", content, TestContext.Current.CancellationToken);
                return response.StatusCode;
            }));
            Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));

            var target = await pid.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            using (var kill = Process.Start("kill", [signal, target.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
                Assert.Equal(0, kill.ExitCode);
            }

            try
            {
                await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            }
            catch (TimeoutException)
            {
                lock (output)
                {
                    output.AppendLine($"(still running 60 s after kill {signal})");
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                // The whole tree: under bash, the server is bash's child.
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            }
        }

        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    [Fact]
    public async Task Dotnet_run_reads_a_relative_path_from_the_folder_it_was_started_in()
    {
        // The README's way to run the host; `dotnet run` used to start it in src/System, so a relative --data landed there.
        using var folder = new TestFolder();
        var project = Path.Combine(RepositoryRoot(), "src", "System");
        var configuration = typeof(ExecutableTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        // --no-build: the tests' own build built the host; a backup of a folder that does not exist fails at once, naming it in full.
        foreach (var arg in new[] { "run", "--no-build", "-c", configuration, "--project", project, "--", "backup", "--data", "reldata", "--to", "reldata.mdb" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == Program.BadArguments, await output + await error);
        Assert.Equal($"specs-inventory: --data reldata: the folder {Path.Combine(folder.Path, "reldata")} does not exist", (await error).TrimEnd('\n'));
    }

    /// <summary>The clone the tests were built from: the nearest folder above the test binaries that holds Specs.sln.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Specs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Specs.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"Serving .* on (?<address>http://[0-9.]+:[0-9]+/?)")]
    private static partial Regex ServingLine();

    [GeneratedRegex(@"^server pid (?<pid>[0-9]+)$")]
    private static partial Regex ServerPidLine();
}
