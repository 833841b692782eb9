using System.Net;
using System.Net.Sockets;

namespace Specs.Inventory.Host.Tests;

/// <summary>
/// A path or an address the admin gives that the command cannot use: one line that names the option, the value and why
/// (never .NET's own text, which named none of them), exit code 2, and nothing created, overwritten or left behind.
/// </summary>
public sealed class UnusableOptionTests
{
    [Fact]
    public async Task A_data_folder_under_a_file_is_refused_naming_data_and_the_file()
    {
        using var folder = new TestFolder();
        var file = folder.Combine("notes.txt");
        await File.WriteAllTextAsync(file, "mine", TestContext.Current.CancellationToken);
        var data = Path.Combine(file, "data");

        var (exitCode, error) = await RunAsync("serve", "--data", data, "--urls", "http://127.0.0.1:0");

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal($"specs-inventory: --data {data}: cannot create the data folder there ({file} is a file, not a folder)", error);
        Assert.Equal("mine", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_data_folder_where_nothing_can_be_created_is_refused_naming_data()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/proc, where no folder can be made, is Linux's");

        var (exitCode, error) = await RunAsync("serve", "--data", "/proc/specs-data", "--urls", "http://127.0.0.1:0");

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.StartsWith("specs-inventory: --data /proc/specs-data: cannot create the data folder there (/proc takes no new files or folders", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/proc/specs-data"));
    }

    [Fact]
    public async Task A_port_in_use_is_refused_naming_urls_and_takes_back_the_new_data_folder()
    {
        using var taken = Listening();
        using var folder = new TestFolder();
        var data = Path.Combine(folder.Combine("new"), "data");
        var urls = $"http://127.0.0.1:{taken.Port}";

        var (exitCode, error) = await RunAsync("serve", "--data", data, "--urls", urls);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal($"specs-inventory: --urls {urls}: the port {taken.Port} is in use by another program; stop that program, or give another port in --urls", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task An_https_address_is_refused_naming_urls_before_the_data_folder_is_made()
    {
        // The server has no certificate: Kestrel threw from its start, a stack trace and exit code 134.
        using var folder = new TestFolder();
        var data = folder.Combine("data");

        var (exitCode, error) = await RunAsync("serve", "--data", data, "--urls", "https://127.0.0.1:0");

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal("specs-inventory: --urls: 'https://127.0.0.1:0' asks for https, but the server speaks plain http; give an http:// address and put a TLS proxy in front of it for https (see --help)", error);
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task A_port_in_use_leaves_a_data_folder_that_held_data_as_it_was()
    {
        await using (var host = await ApiHost.StartAsync())
        {
            using var created = await host.PostAsync("CreateReason", "{\"name\":\"Damaged\"}");
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            await host.StopServerAsync();
            using var taken = Listening();
            var before = Entries(host.DataFolder);

            var (exitCode, error) = await RunAsync("serve", "--data", host.DataFolder, "--urls", $"http://127.0.0.1:{taken.Port}");

            Assert.Equal(Program.BadArguments, exitCode);
            Assert.Contains("is in use by another program", error, StringComparison.Ordinal);
            Assert.Equal(before, Entries(host.DataFolder));
            await host.StartServerAsync();
            Assert.Equal(1UL, host.StoredHead());
        }
    }

    [Fact]
    public async Task Of_several_urls_the_one_whose_port_is_in_use_is_named()
    {
        using var taken = Listening();
        var freePort = TcpPeerNetworkTests.FreeLoopback().Port;
        using var folder = new TestFolder();
        var inUse = $"http://127.0.0.1:{taken.Port}";

        var (exitCode, error) = await RunAsync("serve", "--data", folder.Combine("data"), "--urls", $"http://127.0.0.1:{freePort};{inUse}");

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.StartsWith($"specs-inventory: --urls {inUse}: the port {taken.Port} is in use", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("data")));
    }

    [Fact]
    public async Task An_address_of_another_machine_is_refused_naming_urls()
    {
        using var folder = new TestFolder();
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): reserved for documentation, never an address of this machine.
        var (exitCode, error) = await RunAsync("serve", "--data", folder.Combine("data"), "--urls", "http://192.0.2.1:5080");

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.StartsWith("specs-inventory: --urls http://192.0.2.1:5080: 192.0.2.1 is not an address of this machine", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("data")));
    }

    [Fact]
    public async Task A_cluster_node_whose_peer_port_is_in_use_is_refused_naming_its_entry_of_peers()
    {
        using var taken = Listening();
        using var folder = new TestFolder();
        var data = folder.Combine("data");

        var (exitCode, error) = await RunAsync("serve", "--data", data, "--node-id", "1", "--peers", $"1=127.0.0.1:{taken.Port}", "--urls", "http://127.0.0.1:0");

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.StartsWith($"specs-inventory: --peers 1=127.0.0.1:{taken.Port}: this node listens for its peers there, and the port {taken.Port} is in use", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task A_backup_to_a_folder_is_refused_and_the_folder_is_left_alone()
    {
        await using var host = await ApiHost.StartAsync();
        var target = host.Folder.Combine("backups");
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "notes.txt"), "mine", TestContext.Current.CancellationToken);

        var (exitCode, error) = await RunAsync("backup", "--data", host.DataFolder, "--to", target);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal($"specs-inventory: --to {target}: is a folder; give a file path for the backup", error);
        Assert.Equal(["notes.txt"], Entries(target));
    }

    [Fact]
    public async Task A_backup_into_a_missing_folder_is_refused_and_creates_nothing()
    {
        await using var host = await ApiHost.StartAsync();
        var missing = host.Folder.Combine("nodir");
        var target = Path.Combine(missing, "backup.mdb");

        var (exitCode, error) = await RunAsync("backup", "--data", host.DataFolder, "--to", target);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal($"specs-inventory: --to {target}: the folder {missing} does not exist", error);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task A_backup_over_an_existing_file_is_refused_and_the_file_is_kept()
    {
        await using var host = await ApiHost.StartAsync();
        var target = host.Folder.Combine("backup.mdb");
        await File.WriteAllTextAsync(target, "yesterday's", TestContext.Current.CancellationToken);

        var (exitCode, error) = await RunAsync("backup", "--data", host.DataFolder, "--to", target);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal($"specs-inventory: --to {target}: exists already; a backup never overwrites a file", error);
        Assert.Equal("yesterday's", await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_backup_of_a_folder_without_a_store_is_refused_naming_data()
    {
        using var folder = new TestFolder();
        var missing = folder.Combine("nothere");
        var target = folder.Combine("backup.mdb");

        var (exitCode, error) = await RunAsync("backup", "--data", missing, "--to", target);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.Equal($"specs-inventory: --data {missing}: the folder {missing} does not exist", error);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task A_backup_of_a_cluster_nodes_folder_names_its_state_folder()
    {
        // It said "there is no store (no data.mdb)" of a folder that holds two.
        using var folder = new TestFolder();
        var node = folder.Combine("node1");
        var state = Path.Combine(node, "state");
        Directory.CreateDirectory(state);
        Directory.CreateDirectory(Path.Combine(node, "journal"));
        await File.WriteAllBytesAsync(Path.Combine(state, "data.mdb"), [], TestContext.Current.CancellationToken);
        var target = folder.Combine("backup.mdb");

        var (exitCode, error) = await RunAsync("backup", "--data", node, "--to", target);

        Assert.Equal(Program.BadArguments, exitCode);
        Assert.StartsWith($"specs-inventory: --data {node}: is a cluster node's data folder (journal and state); back up its event log and views with --data {state} ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var exitCode = await Program.RunAsync(args, TextWriter.Null, error, _ => null);
        return (exitCode, error.ToString().TrimEnd('\n'));
    }

    private static List<string> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(entry => Path.GetFileName(entry)!).Order(StringComparer.Ordinal).ToList();

    /// <summary>A loopback port another program listens on, for as long as the test holds it.</summary>
    private static PortInUse Listening() => new();

    private sealed class PortInUse : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

        public PortInUse()
        {
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        }

        public int Port { get; }

        public void Dispose() => _listener.Dispose();
    }
}
