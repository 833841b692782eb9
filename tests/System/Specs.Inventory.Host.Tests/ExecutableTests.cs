using System.Diagnostics;
using System.Net;
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

    [GeneratedRegex(@"Serving .* on (?<address>http://[0-9.]+:[0-9]+/?)")]
    private static partial Regex ServingLine();
}
