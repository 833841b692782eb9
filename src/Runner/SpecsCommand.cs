using System.CommandLine;
using System.CommandLine.Help;
using Specs.Runner.Cli;

namespace Specs.Runner;

/// <summary>
/// The `specs` command line: one subcommand per job. User mistakes end as one line on stderr with exit
/// code 2; an error of the runner itself as one line plus the exception with exit code 3.
/// </summary>
public static class SpecsCommand
{
    public static int Run(string[] args)
    {
        // SPECS_PLANTED_BUGS switches seeded domain bugs on for a whole process, so that a scenario the hunter
        // found with --plant fails under `specs verify` for the same reason (unset: every bug stays off).
        try
        {
            Hunting.PlantedBugsVariable.Apply(Environment.GetEnvironmentVariable(Hunting.PlantedBugsVariable.Name));
        }
        catch (UsageException usage)
        {
            System.Console.Error.WriteLine($"specs: {usage.Message}");
            return ExitCodes.Usage;
        }

        return RunAsync(args, System.Console.Out, System.Console.Error, interruptOnCtrlC: true).GetAwaiter().GetResult();
    }

    /// <summary>Runs the command line; stdout and stderr are parameters so tests and hosts can capture them.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Progress, summary and help.</param>
    /// <param name="error">One-line usage errors and internal errors.</param>
    /// <param name="interruptOnCtrlC">Whether Ctrl+C stops the run cleanly (the process entry point only).</param>
    /// <param name="adjust">A last change to the verify options (tests set the base folder and plain output).</param>
    /// <param name="stop">Stops the run as Ctrl+C does (reports are still written); lets tests and hosts interrupt.</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        bool interruptOnCtrlC = false,
        Func<VerifyOptions, VerifyOptions>? adjust = null,
        CancellationToken stop = default)
    {
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(stop);
        ConsoleCancelEventHandler? onCancel = null;
        if (interruptOnCtrlC)
        {
            onCancel = (_, eventArgs) =>
            {
                // The first Ctrl+C stops cleanly and still writes the reports; a second one kills the process.
                if (!interrupt.IsCancellationRequested)
                {
                    eventArgs.Cancel = true;
                    error.WriteLine("specs: stopping after Ctrl+C; writing the reports for what ran (press Ctrl+C again to abort)");
                    interrupt.Cancel();
                }
            };
            System.Console.CancelKeyPress += onCancel;
        }

        try
        {
            var root = new RootCommand(
                "Specs: spec-first verification of event-driven systems. Scenarios are Gherkin feature files under specs/, "
                + "their steps are C# methods with Reqnroll attributes in specs/Steps, and `specs verify` runs them.\n\n"
                + "Start with:  ./specs.sh verify --help");
            var verify = new VerifyCommand().Build((options, _) => VerifyRun.RunAsync(adjust is null ? options : adjust(options), output, interrupt.Token));
            root.Subcommands.Add(verify);
            // `specs docs` resolves its paths like verify does: tests move the base folder through `adjust`.
            var docsBase = () => (adjust ?? (options => options))(new VerifyOptions { BaseDirectory = Directory.GetCurrentDirectory() }).BaseDirectory;
            root.Subcommands.Add(new LivingDocs.DocsCommand().Build(output, docsBase));
            root.Subcommands.Add(new Hunting.HuntCommand().Build((options, token) => Task.FromResult(Hunting.HuntRun.Run(options, output, token))));
            Simulation.SimulationCommands.Register(root, output);
            Simulation.FaultsCommand.Register(root, output);

            if (args.Length == 0)
            {
                error.WriteLine("specs: say what to do, for example `specs verify` (see specs --help)");
                return ExitCodes.Usage;
            }

            // `@x` means a tag (--tags @smoke) or a rerun file (@reports/rerun.txt) here, never a response file.
            var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
            {
                var command = parseResult.CommandResult.Command;
                var helpHint = command is RootCommand ? "specs --help" : $"specs {command.Name} --help";
                if (command is RootCommand && parseResult.UnmatchedTokens is [var unknown, ..])
                {
                    // A mistyped command: "Required command was not provided" did not name what was typed.
                    var commands = command.Subcommands.Select(subcommand => subcommand.Name).ToList();
                    var near = commands.Where(name => Typo.IsNear(unknown, name)).ToList();
                    error.WriteLine($"specs: unknown command '{unknown}'{(near.Count > 0 ? $"; did you mean {string.Join(" or ", near)}?" : "")} (commands: {string.Join(", ", commands)}; see {helpHint})");
                    return ExitCodes.Usage;
                }

                error.WriteLine($"specs: {InWords(parseResult.Errors[0].Message)} (see {helpHint})");
                return ExitCodes.Usage;
            }

            return await parseResult.InvokeAsync(configuration, interrupt.Token);
        }
        catch (UsageException usage)
        {
            error.WriteLine($"specs: {usage.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception internalError)
        {
            error.WriteLine($"specs: internal error, please report it: {internalError.Message}");
            error.WriteLine(internalError);
            return ExitCodes.Internal;
        }
        finally
        {
            if (onCancel is not null)
            {
                System.Console.CancelKeyPress -= onCancel;
            }
        }
    }

    /// <summary>
    /// System.CommandLine names the .NET type a value failed to parse as ("as expected type 'System.UInt64'"); a user
    /// reads what the option takes instead.
    /// </summary>
    internal static string InWords(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.$");
        if (!match.Success)
        {
            return message;
        }

        var type = match.Groups["type"].Value.Replace("System.Nullable`1[", "", StringComparison.Ordinal).TrimEnd(']');
        var expected = type switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.UInt64" => $"a whole number from 0 to {ulong.MaxValue}",
            "System.Double" => "a number",
            "System.Boolean" => "true or false",
            _ => null,
        };
        return expected is null ? message : $"{match.Groups["option"].Value} takes {expected}, not '{match.Groups["value"].Value}'";
    }
}
