using System.Diagnostics;
using System.Net;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host.Tests;

/// <summary>What an admin relies on: the format version, backups, restarts, start-up rebuilds, a draining shutdown, the command line.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task A_data_folder_of_another_format_is_refused_with_a_clear_message_and_left_unchanged()
    {
        using var folder = new TestFolder();
        var data = folder.Combine("data");
        Directory.CreateDirectory(data);
        using (var store = ApiHost.OpenFolder(data))
        {
            store.Write(transaction =>
            {
                DataFormat.Write(transaction, DataFormat.Current + 1);
                return 0;
            });
        }

        var refused = await Assert.ThrowsAsync<IncompatibleDataFormatException>(() =>
            InventoryServer.StartAsync(new ServerOptions { DataFolder = data, Urls = "http://127.0.0.1:0" }, TestContext.Current.CancellationToken));
        var error = new StringWriter();
        var exitCode = await Program.RunAsync(["serve", "--data", data, "--urls", "http://127.0.0.1:0"], TextWriter.Null, error, _ => null);

        Assert.Equal(DataFormat.Current + 1, refused.Found);
        Assert.Contains($"holds data format {DataFormat.Current + 1}; this build reads format {DataFormat.Current}", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Program.IncompatibleData, exitCode);
        Assert.Contains(refused.Message, error.ToString(), StringComparison.Ordinal);
        using var reopened = ApiHost.OpenFolder(data);
        using var transaction = reopened.BeginRead();
        Assert.Equal(DataFormat.Current + 1, DataFormat.Read(transaction));
    }

    [Fact]
    public async Task A_data_mdb_that_is_not_lmdbs_is_another_format_exit_code_3_and_kept_as_it_was()
    {
        // It was exit code 1, "failed", which sends an operator to check the disk rather than the folder.
        using var folder = new TestFolder();
        var data = folder.Combine("data");
        Directory.CreateDirectory(data);
        var bytes = Enumerable.Range(0, 16384).Select(i => (byte)(i * 7)).ToArray();
        await File.WriteAllBytesAsync(Path.Combine(data, "data.mdb"), bytes, TestContext.Current.CancellationToken);
        var error = new StringWriter();

        var exitCode = await Program.RunAsync(["serve", "--data", data, "--urls", "http://127.0.0.1:0"], TextWriter.Null, error, _ => null);

        Assert.Equal(Program.IncompatibleData, exitCode);
        Assert.Contains("is not an LMDB data file", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(data, "data.mdb"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_second_server_on_a_data_folder_in_use_is_refused_until_the_first_stops()
    {
        using var folder = new TestFolder();
        var data = folder.Combine("data");
        var options = new ServerOptions { DataFolder = data, Urls = "http://127.0.0.1:0" };
        var first = await InventoryServer.StartAsync(options, TestContext.Current.CancellationToken);

        var refused = await Assert.ThrowsAsync<DataFolderInUseException>(() => InventoryServer.StartAsync(options, TestContext.Current.CancellationToken));
        var error = new StringWriter();
        var exitCode = await Program.RunAsync(["serve", "--data", data, "--urls", "http://127.0.0.1:0"], TextWriter.Null, error, _ => null);
        await first.StopAsync();
        await using var second = await InventoryServer.StartAsync(options, TestContext.Current.CancellationToken);

        Assert.Contains("is in use by another server", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal($"specs-inventory: {refused.Message}{Environment.NewLine}", error.ToString());
        Assert.NotEmpty(second.Addresses);
    }

    [Fact]
    public async Task A_failure_inside_the_server_is_a_500_problem_that_the_metrics_count()
    {
        FailingStore? failing = null;
        await using var host = await ApiHost.StartAsync(options => options with { OpenStore = folder => failing = new FailingStore(ApiHost.OpenFolder(folder)) });
        failing!.FailWrites();

        using var response = await host.PostAsync("CreateReason", """{"name":"Damaged"}""");

        var problem = await ApiHost.ProblemAsync(response, 500);
        Assert.Equal("urn:specs-inventory:problem:internal", problem.GetProperty("type").GetString());
        Assert.Contains("repeat it with the same Idempotency-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var metrics = await host.Client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Contains("specs_http_responses_total{code=\"500\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("specs_commands_total{command=\"CreateReason\",outcome=\"failed\"} 1", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_of_other_files_is_not_adopted_as_a_data_folder()
    {
        using var folder = new TestFolder();
        var home = folder.Combine("home");
        Directory.CreateDirectory(home);
        await File.WriteAllTextAsync(Path.Combine(home, "notes.txt"), "mine", TestContext.Current.CancellationToken);
        var error = new StringWriter();

        var exitCode = await Program.RunAsync(["serve", "--data", home, "--urls", "http://127.0.0.1:0"], TextWriter.Null, error, _ => null);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal($"specs-inventory: {home} holds other files and no data.mdb: it is not a data folder; give an empty or new folder, or one a server wrote{Environment.NewLine}", error.ToString());
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(home).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_cluster_nodes_folder_is_not_adopted_by_a_single_node()
    {
        using var folder = new TestFolder();
        var node = folder.Combine("node-1");
        Directory.CreateDirectory(Path.Combine(node, "journal"));
        Directory.CreateDirectory(Path.Combine(node, "state"));
        await File.WriteAllTextAsync(Path.Combine(node, "server.lock"), "", TestContext.Current.CancellationToken);
        var error = new StringWriter();

        var exitCode = await Program.RunAsync(["serve", "--data", node, "--urls", "http://127.0.0.1:0"], TextWriter.Null, error, _ => null);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal($"specs-inventory: {node} is a cluster node's data folder (it holds journal); give this server a folder of its own{Environment.NewLine}", error.ToString());
        Assert.False(File.Exists(Path.Combine(node, "data.mdb")));
    }

    [Fact]
    public async Task A_folder_with_data_but_no_format_is_refused()
    {
        using var folder = new TestFolder();
        var data = folder.Combine("data");
        Directory.CreateDirectory(data);
        using (var store = ApiHost.OpenFolder(data))
        {
            store.Write(transaction =>
            {
                transaction.Put([0x42, 0x01], [0x01]);
                return 0;
            });
        }

        var refused = await Assert.ThrowsAsync<IncompatibleDataFormatException>(() =>
            InventoryServer.StartAsync(new ServerOptions { DataFolder = data, Urls = "http://127.0.0.1:0" }, TestContext.Current.CancellationToken));

        Assert.Null(refused.Found);
        Assert.Contains("no format version", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_folder_is_stamped_with_the_current_format()
    {
        await using var host = await ApiHost.StartAsync();
        await host.StopServerAsync();

        using var store = ApiHost.OpenFolder(host.DataFolder);
        using var transaction = store.BeginRead();
        Assert.Equal(DataFormat.Current, DataFormat.Read(transaction));
    }

    [Fact]
    public async Task A_backup_taken_while_the_server_writes_opens_with_a_consistent_prefix_of_the_log()
    {
        await using var host = await ApiHost.StartAsync();
        for (var i = 0; i < 20; i++)
        {
            using var created = await host.PostAsync("CreateReason", $"{{\"name\":\"Before {i}\"}}");
        }

        using var writing = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !writing.IsCancellationRequested && i < 10_000; i++)
            {
                using var created = await host.PostAsync("CreateReason", $"{{\"name\":\"During {i}\"}}");
                Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            }
        }, TestContext.Current.CancellationToken);
        var backupFile = host.Folder.Combine("backup.mdb");

        var (exitCode, output) = await RunExecutableAsync("backup", "--data", host.DataFolder, "--to", backupFile);
        await writing.CancelAsync();
        await writer;

        Assert.True(exitCode == 0, output);
        var restored = host.Folder.Combine("restored");
        Directory.CreateDirectory(restored);
        File.Copy(backupFile, Path.Combine(restored, "data.mdb"));
        using var copy = ApiHost.OpenFolder(restored);
        var copied = EventIds(copy);
        Assert.True(copied.Count >= 20, $"the backup holds {copied.Count} events");
        var live = await host.EventIdsAsync();
        Assert.Equal(live.Take(copied.Count), copied);
        var check = ReplayCheck.Run(copy, InventoryViews.All);
        Assert.True(check.Matches, check.FirstDifference?.ToString());
    }

    [Fact]
    public async Task A_backup_writes_only_the_file_a_restore_needs_adds_nothing_to_the_folder_and_serves_once_restored()
    {
        // The backup opened the environment as a writer: on a restored folder (data.mdb alone) it left a lock.mdb behind.
        await using var host = await ApiHost.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            using var created = await host.PostAsync("CreateReason", $"{{\"name\":\"Reason {i}\"}}");
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        var live = await host.EventIdsAsync();
        await host.StopServerAsync();
        var served = Files(host.DataFolder);
        var backups = host.Folder.Combine("backups");
        Directory.CreateDirectory(backups);
        var first = Path.Combine(backups, "first.mdb");

        var (exitCode, output) = await RunExecutableAsync("backup", "--data", host.DataFolder, "--to", first);

        Assert.True(exitCode == 0, output);
        Assert.Contains("To restore: put it in an empty folder as data.mdb and serve --data that folder.", output, StringComparison.Ordinal);
        Assert.Equal(served, Files(host.DataFolder));
        Assert.Equal(["first.mdb"], Files(backups));

        // A restored folder, backed up before any server opened it: still data.mdb alone afterwards.
        var restored = host.Folder.Combine("restored");
        Directory.CreateDirectory(restored);
        File.Copy(first, Path.Combine(restored, "data.mdb"));
        var second = Path.Combine(backups, "second.mdb");
        (exitCode, output) = await RunExecutableAsync("backup", "--data", restored, "--to", second);

        Assert.True(exitCode == 0, output);
        Assert.Equal(["data.mdb"], Files(restored));
        Assert.Equal(["first.mdb", "second.mdb"], Files(backups));

        // The backup of the backup serves: the same log, and it takes new commands.
        Directory.Delete(host.DataFolder, recursive: true);
        Directory.CreateDirectory(host.DataFolder);
        File.Copy(second, Path.Combine(host.DataFolder, "data.mdb"));
        await host.StartServerAsync();
        Assert.Equal(live, await host.EventIdsAsync());
        using var next = await host.PostAsync("CreateReason", "{\"name\":\"After the restore\"}");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal((ulong)live.Count + 1, await host.HeadAsync());
    }

    [Fact]
    public async Task Restart_keeps_events_views_and_idempotency_and_rebuilds_a_view_whose_definition_changed()
    {
        await using var host = await ApiHost.StartAsync();
        using (await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}", idempotencyKey: "r1"))
        using (await host.PostAsync("CreateSupplier", "{\"name\":\"Acme\"}", idempotencyKey: "s1"))
        {
        }

        var rowsBefore = (await host.GetJsonAsync("/api/views/reference-data")).GetRawText();
        await host.StopServerAsync();
        using (var store = ApiHost.OpenFolder(host.DataFolder))
        {
            // As if the view's definition had changed: its rows gone and its checkpoint of another version.
            store.Write(transaction =>
            {
                var prefix = ReferenceDataView.Instance.Subspace.Prefix;
                transaction.ClearRange(prefix, [(byte)(prefix[0] + 1)]);
                ViewCheckpoint.Write(transaction, ReferenceDataView.Instance.Name, new ViewCheckpoint(ReferenceDataView.Instance.Version + 1, 2));
                return 0;
            });
        }

        await host.StartServerAsync();

        Assert.Equal(ReferenceDataView.Instance.Name, Assert.Single(host.Server.RebuiltViews).Split(' ')[0]);
        Assert.Equal(rowsBefore, (await host.GetJsonAsync("/api/views/reference-data")).GetRawText());
        using var repeat = await host.PostAsync("CreateSupplier", "{\"name\":\"Acme\"}", idempotencyKey: "s1");
        Assert.Equal("true", Assert.Single(repeat.Headers.GetValues("Idempotent-Replayed")));
        await host.RestartAsync();
        Assert.Empty(host.Server.RebuiltViews);
        Assert.Equal(2UL, await host.HeadAsync());
    }

    [Fact]
    public async Task Stopping_commits_every_command_that_was_accepted()
    {
        await using var host = await ApiHost.StartAsync();
        var requests = Enumerable.Range(0, 200)
            .Select(async i =>
            {
                try
                {
                    using var response = await host.PostAsync("CreateChannel", $"{{\"name\":\"Channel {i}\"}}");
                    return (int)response.StatusCode;
                }
                catch (Exception refused) when (refused is HttpRequestException or System.Net.Sockets.SocketException or IOException)
                {
                    // The listener closed before this request got in. HttpClient usually says so with an
                    // HttpRequestException, but a socket closed in the middle of connecting can surface as the
                    // SocketException itself ("Transport endpoint is not connected", seen once in CI).
                    return 0;
                }
            })
            .ToArray();

        await Task.Delay(20, TestContext.Current.CancellationToken);
        await host.StopServerAsync();
        var statuses = await Task.WhenAll(requests);

        Assert.All(statuses, status => Assert.True(status is 0 or 200 or 503, $"answered {status}"));
        Assert.Equal((ulong)statuses.Count(status => status == 200), host.StoredHead());
    }

    [Theory]
    [InlineData("")]
    [InlineData("serve")]
    [InlineData("serve|--data")]
    [InlineData("serve|--data|x|--port|1")]
    [InlineData("serve|--data|x|--data|y")]
    [InlineData("serve|--data|x|--max-body|lots")]
    [InlineData("serve|--data|x|--token|")]
    [InlineData("serve|--data| ")]
    [InlineData("backup|--data|x|--to| ")]
    [InlineData("backup|--data|x")]
    [InlineData("restore|--data|x")]
    [InlineData("serve|--data|x|--urls|notaurl")]
    [InlineData("serve|--data|x|--urls|http://127.0.0.1:99999")]
    [InlineData("serve|--data|x|--urls|ftp://127.0.0.1:5081")]
    [InlineData("serve|--data|x|--urls|http://127.0.0.1:5080;nope")]
    [InlineData("serve|--data|x|--urls|;")]
    public async Task Bad_arguments_print_one_line_and_exit_2(string joined)
    {
        var args = joined.Length == 0 ? [] : joined.Split('|');
        var error = new StringWriter();

        var exitCode = await Program.RunAsync(args, TextWriter.Null, error, _ => null);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_data_folder_that_is_a_file_is_refused_before_anything_opens()
    {
        using var folder = new TestFolder();
        var file = Path.Combine(folder.Path, "data");
        await File.WriteAllTextAsync(file, "not a folder", TestContext.Current.CancellationToken);
        var error = new StringWriter();

        var exitCode = await Program.RunAsync(["serve", "--data", file], TextWriter.Null, error, _ => null);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Contains("is a file", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("not a folder", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_port_in_use_fails_the_start_with_exit_2_naming_urls_and_leaves_the_data_folder_usable()
    {
        await using var running = await ApiHost.StartAsync();
        using var folder = new TestFolder();
        var data = folder.Combine("data");
        var error = new StringWriter();

        var exitCode = await Program.RunAsync(["serve", "--data", data, "--urls", running.Server.Addresses[0].ToString()], TextWriter.Null, error, _ => null);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.StartsWith($"specs-inventory: --urls {running.Server.Addresses[0]}: the port {running.Server.Addresses[0].Port} is in use", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(data));
        await using var next = await InventoryServer.StartAsync(new ServerOptions { DataFolder = data, Urls = "http://127.0.0.1:0" }, TestContext.Current.CancellationToken);
        Assert.NotEmpty(next.Addresses);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        var output = new StringWriter();

        var exitCode = await Program.RunAsync(["--help"], output, TextWriter.Null, _ => null);

        Assert.Equal(Program.Success, exitCode);
        Assert.Contains("serve --data DIR", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("backup --data DIR --to FILE", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The names of a folder's files, in order.</summary>
    private static List<string> Files(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().Select(entry => entry.Name).Order(StringComparer.Ordinal)];

    private static List<Guid> EventIds(Storage.IKeyValueStore store)
    {
        using var transaction = store.BeginRead();
        using var cursor = EventStore.EventLog.ReadAll(transaction);
        var ids = new List<Guid>();
        while (cursor.MoveNext())
        {
            ids.Add(cursor.Record.EventId);
        }

        return ids;
    }

    /// <summary>Runs the built executable (specs-inventory.dll beside the tests) in a process of its own, as an admin would.</summary>
    private static async Task<(int ExitCode, string Output)> RunExecutableAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "specs-inventory.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
