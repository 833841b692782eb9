namespace Specs.Inventory.Host.Tests;

/// <summary>
/// A path the admin gives that the command cannot use: one line that names the option, the value and why (never .NET's
/// own text, which named none of them), exit code 2, and nothing created, overwritten or left behind.
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

    private static async Task<(int ExitCode, string Error)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var exitCode = await Program.RunAsync(args, TextWriter.Null, error, _ => null);
        return (exitCode, error.ToString().TrimEnd('\n'));
    }

    private static List<string> Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(entry => Path.GetFileName(entry)!).Order(StringComparer.Ordinal).ToList();
}
