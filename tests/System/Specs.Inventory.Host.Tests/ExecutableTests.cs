using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Specs.Inventory.Host.Tests;

/// <summary>The executable as an admin runs it: <c>serve</c> in a process of its own, stopped with SIGTERM.</summary>
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

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
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

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
                Assert.Equal(0, kill.ExitCode);
            }

            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        string log;
        lock (output)
        {
            log = output.ToString();
        }

        Assert.True(process.ExitCode == 0, log);
        Assert.Contains("Stopping: committing every command already accepted.", log, StringComparison.Ordinal);
        using var store = ApiHost.OpenFolder(data);
        using var transaction = store.BeginRead();
        Assert.Equal(50UL, EventStore.EventLog.Head(transaction));
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
}
