using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
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
    /// <param name="launcher">
    /// How every command the run prints starts (hints, help examples, reproductions); null: as the user launched the tool,
    /// <see cref="Output.Launcher.From(string)"/> the current folder (./specs.sh in a repository, specs when installed).
    /// </param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        bool interruptOnCtrlC = false,
        Func<VerifyOptions, VerifyOptions>? adjust = null,
        string? launcher = null,
        CancellationToken stop = default)
    {
        // One name for the tool in everything it prints: only the rerun line followed the way it was launched, and an
        // installed tool told its user to paste ./specs.sh, a file they do not have.
        var launched = launcher ?? Output.Launcher.From(Directory.GetCurrentDirectory());
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
                + $"Start with:  {launched} verify --help");
            var verify = new VerifyCommand().Build((options, _) => VerifyRun.RunAsync(adjust is null ? options : adjust(options), output, interrupt.Token));
            root.Subcommands.Add(verify);
            // `specs docs` resolves its paths like verify does: tests move the base folder through `adjust`.
            var docsBase = () => (adjust ?? (options => options))(new VerifyOptions { BaseDirectory = Directory.GetCurrentDirectory() }).BaseDirectory;
            root.Subcommands.Add(new LivingDocs.DocsCommand().Build(output, docsBase));
            root.Subcommands.Add(new Hunting.HuntCommand().Build((options, token) => Task.FromResult(Hunting.HuntRun.Run(options with { Launcher = launched }, output, token))));
            Simulation.SimulationCommands.Register(root, output, launched);
            Simulation.FaultsCommand.Register(root, output, launched);
            foreach (var subcommand in root.Subcommands)
            {
                subcommand.Description = Output.Launcher.InExamples(subcommand.Description ?? string.Empty, launched);
            }

            if (args.Length == 0)
            {
                error.WriteLine($"specs: say what to do, for example `{launched} verify` (see {launched} --help)");
                return ExitCodes.Usage;
            }

            // `@x` means a tag (--tags @smoke) or a rerun file (@reports/rerun.txt) here, never a response file.
            var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            var command = parseResult.CommandResult.Command;
            var helpHint = command is RootCommand ? $"{launched} --help" : $"{launched} {command.Name} --help";
            if (parseResult.Action is not HelpAction && command is not RootCommand && OptionMistake(parseResult, args) is { } mistake)
            {
                error.WriteLine($"specs: {mistake} (see {helpHint})");
                return ExitCodes.Usage;
            }

            if (parseResult.Action is not HelpAction && command is not RootCommand && command.Arguments.Count == 0
                && parseResult.UnmatchedTokens.FirstOrDefault(token => !token.StartsWith('-')) is { } stray)
            {
                // `specs sim foo` got the parser's "Unrecognized command or argument 'foo'." without saying what the command takes.
                var near = command.Options.Where(option => stray == option.Name.TrimStart('-') || Typo.IsNear(stray, option.Name.TrimStart('-'))).Select(option => option.Name).ToList();
                error.WriteLine($"specs: {command.Name} takes options only, no words such as '{stray}'{(near.Count > 0 ? $"; did you mean {string.Join(" or ", near)}?" : string.Empty)} (see {helpHint})");
                return ExitCodes.Usage;
            }

            if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
            {
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
    /// A mistake with an option that System.CommandLine reports in its own words, or not at all, said in ours: an unknown
    /// option (on commands with a list of paths it lands among them, "no such folder: --bogus/"), an option given twice
    /// ("Option '-j' expects a single argument but 2 were provided"), and a value given to a switch as --fail-fast=yes
    /// or --fail-fast yes (the value became a path: "no such folder: yes/").
    /// </summary>
    private static string? OptionMistake(ParseResult parseResult, string[] args)
    {
        var command = parseResult.CommandResult.Command;
        // After "--" every token is a value, never an option.
        var optionArgs = args.TakeWhile(arg => arg != "--").ToList();
        foreach (var arg in optionArgs)
        {
            if (arg.StartsWith('-') && arg.IndexOf('=', StringComparison.Ordinal) is > 1 and var equals
                && FindOption(command, arg[..equals]) is { } option && IsSwitch(option)
                && !bool.TryParse(arg[(equals + 1)..], out _))
            {
                return SwitchTakesNoValue(option, arg);
            }
        }

        // "--fail-fast yes": the parser takes true and false as the switch's value, and any other word after it as a
        // path ("no such folder: yes/"); a word that means yes or no, and names nothing on disk, was meant for the switch.
        for (var i = 0; i + 1 < optionArgs.Count; i++)
        {
            if (FindOption(command, optionArgs[i]) is { } option && IsSwitch(option)
                && SwitchWords.Contains(optionArgs[i + 1])
                && !System.IO.Path.Exists(optionArgs[i + 1]))
            {
                return SwitchTakesNoValue(option, $"{optionArgs[i]} {optionArgs[i + 1]}");
            }
        }

        var unmatched = parseResult.UnmatchedTokens
            .Concat(parseResult.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>().SelectMany(argument => argument.Tokens).Select(token => token.Value));
        if (unmatched.FirstOrDefault(token => token.Length > 1 && token.StartsWith('-') && optionArgs.Contains(token)) is { } unknown)
        {
            return $"unknown option {unknown}";
        }

        foreach (var option in command.Options.Where(option => option.Arity.MaximumNumberOfValues == 1))
        {
            if (parseResult.GetResult(option) is { Implicit: false, Tokens.Count: > 1 and var count } given)
            {
                var names = option.Aliases.Count == 0 ? option.Name : $"{option.Name} ({string.Join(", ", option.Aliases)})";
                var times = count == 2 ? "twice" : $"{count} times";
                return $"{names} is given {times} ({string.Join(" and ", given.Tokens.Select(token => token.Value))}); give it once";
            }
        }

        return null;
    }

    /// <summary>Words a user may give a switch for yes or no that the parser does not take as true or false.</summary>
    private static readonly HashSet<string> SwitchWords = new(["yes", "no", "y", "n", "on", "off", "1", "0"], StringComparer.OrdinalIgnoreCase);

    private static bool IsSwitch(Option option) => option.ValueType == typeof(bool) || option.ValueType == typeof(bool?);

    private static string SwitchTakesNoValue(Option option, string given) =>
        $"{option.Name} takes no value (it is a switch: give {option.Name} or leave it out), not '{given}'";

    private static Option? FindOption(Command command, string name) =>
        command.Options.FirstOrDefault(option => option.Name == name || option.Aliases.Contains(name));

    /// <summary>
    /// System.CommandLine names the .NET type a value failed to parse as ("as expected type 'System.UInt64'"); a user
    /// reads what the option takes instead.
    /// </summary>
    internal static string InWords(string message)
    {
        // The parser's own words for a missing option or argument name neither what to give nor how.
        if (System.Text.RegularExpressions.Regex.Match(message, @"^Option '(?<option>[^']+)' is required\.$") is { Success: true } required)
        {
            return $"{required.Groups["option"].Value} is required";
        }

        if (System.Text.RegularExpressions.Regex.Match(message, @"^Required argument '(?<argument>[^']+)' missing for command: '(?<command>[^']+)'\.$") is { Success: true } missing)
        {
            return $"{missing.Groups["command"].Value} needs its {missing.Groups["argument"].Value}: give at least one";
        }

        var match = System.Text.RegularExpressions.Regex.Match(message, @"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.$");
        if (!match.Success)
        {
            return message;
        }

        var type = match.Groups["type"].Value.Replace("System.Nullable`1[", "", StringComparison.Ordinal).TrimEnd(']');
        var value = match.Groups["value"].Value;
        // "--seeds takes a whole number, not '99999999999'": it is one, too large for the option; say its range.
        if (type is "System.Int32" or "System.Int64" && System.Text.RegularExpressions.Regex.IsMatch(value, @"^[+-]?[0-9]+$"))
        {
            var (low, high) = type == "System.Int32" ? ((long)int.MinValue, (long)int.MaxValue) : (long.MinValue, long.MaxValue);
            return string.Create(CultureInfo.InvariantCulture, $"{match.Groups["option"].Value} takes a whole number from {low} to {high}, not {value}");
        }

        var expected = type switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.UInt64" => $"a whole number from 0 to {ulong.MaxValue}",
            "System.Double" => "a number",
            "System.Boolean" => "true or false",
            _ => null,
        };
        return expected is null ? message : $"{match.Groups["option"].Value} takes {expected}, not '{value}'";
    }
}
