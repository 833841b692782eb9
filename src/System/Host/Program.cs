using Specs.Inventory.Replication;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Host;

/// <summary>The executable: <c>serve</c>, <c>backup</c>, <c>--help</c>. Exit codes: 0 done, 1 failed, 2 bad arguments (also: a path or address that cannot be used, a data folder that belongs to another node, or that another server holds), 3 incompatible data folder.</summary>
public static class Program
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadArguments = 2;
    public const int IncompatibleData = 3;

    public static Task<int> Main(string[] args)
    {
        // Before Console is touched: its first use sets up .NET's signal handling, which keeps an inherited ignored SIGINT.
        InterruptSignal.RestoreIfIgnored();
        return RunAsync(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        HostCommand command;
        try
        {
            command = CommandLine.Parse(args, environment);
        }
        catch (CommandLineException problem)
        {
            await error.WriteLineAsync($"specs-inventory: {problem.Message} (see --help)").ConfigureAwait(false);
            return BadArguments;
        }

        try
        {
            switch (command)
            {
                case HelpCommand:
                    await output.WriteAsync(CommandLine.Usage).ConfigureAwait(false);
                    return Success;
                case BackupCommand backup:
                    var bytes = Backup.Run(backup.DataFolder, backup.ToFile);
                    await output.WriteLineAsync($"Backed up {Path.GetFullPath(backup.DataFolder)} to {Path.GetFullPath(backup.ToFile)} ({bytes} bytes). To restore: put it in an empty folder as data.mdb and serve --data that folder.").ConfigureAwait(false);
                    return Success;
                case ServeCommand serve:
                    await using (var server = await InventoryServer.StartAsync(serve.Options).ConfigureAwait(false))
                    {
                        await server.WaitForShutdownAsync().ConfigureAwait(false);
                        await output.WriteLineAsync("Stopping: committing every command already accepted.").ConfigureAwait(false);
                    }

                    return Success;
                default:
                    throw new InvalidOperationException($"Unhandled command {command}.");
            }
        }
        catch (ForeignDataException problem)
        {
            // Fail-stop before the node acts on another node's votes: the operator points --data at the
            // right folder, or wipes it and rejoins (--rejoin true).
            await error.WriteLineAsync($"specs-inventory: {problem.Message}").ConfigureAwait(false);
            return BadArguments;
        }
        catch (NotADataFolderException problem)
        {
            await error.WriteLineAsync($"specs-inventory: {problem.Message}").ConfigureAwait(false);
            return BadArguments;
        }
        catch (UnusableOptionException problem)
        {
            // A path or an address the admin gave that cannot be used: the message names the option, the value and why.
            await error.WriteLineAsync($"specs-inventory: {problem.Message}").ConfigureAwait(false);
            return BadArguments;
        }
        catch (DataFolderInUseException problem)
        {
            await error.WriteLineAsync($"specs-inventory: {problem.Message}").ConfigureAwait(false);
            return BadArguments;
        }
        catch (IncompatibleDataFormatException problem)
        {
            await error.WriteLineAsync($"specs-inventory: {problem.Message}").ConfigureAwait(false);
            return IncompatibleData;
        }
        catch (Storage.Lmdb.LmdbOperationException problem) when (problem.ForeignFile)
        {
            // A data.mdb that is not LMDB's is a folder of another format (exit 3, as documented), not a failed disk (1).
            await error.WriteLineAsync($"specs-inventory: {problem.Message}").ConfigureAwait(false);
            return IncompatibleData;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or StorageException)
        {
            await error.WriteLineAsync($"specs-inventory: {problem.Message}").ConfigureAwait(false);
            return Failure;
        }
    }
}
