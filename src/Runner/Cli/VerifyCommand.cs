using System.CommandLine;
using System.Globalization;
using Specs.Runner.Targets;

namespace Specs.Runner.Cli;

/// <summary>The `verify` subcommand: its arguments, options and help text, and how they become <see cref="VerifyOptions"/>.</summary>
public sealed class VerifyCommand
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Feature files or folders to run (default: specs/, or \"paths\" in specs.json). "
            + "FILE:LINE runs the scenario, example row or rule at that line; @FILE reads such entries from a rerun file.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> _tags = new("--tags", "-t")
    {
        Description = "Only scenarios whose tags match this Cucumber tag expression, e.g. \"@smoke and not @slow\". Repeat to require all.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _names = new("--name")
    {
        Description = "Only scenarios whose name matches this regular expression. Repeat to allow any of several.",
    };

    private readonly Option<string[]> _steps = new("--steps")
    {
        Description = "A step assembly (.dll with [Binding] classes) to load. Repeatable. Default: \"steps\" in specs.json.",
    };

    private readonly Option<string?> _parallel = new("--parallel", "-j")
    {
        Description = "Workers running features side by side (default: the number of cores).",
    };

    private readonly Option<bool> _failFast = new("--fail-fast")
    {
        Description = "Stop starting scenarios after the first failure (after its retries).",
    };

    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = "Match every step to a step definition without running anything; lists undefined steps with C# snippets.",
    };

    private readonly Option<bool> _noStrict = new("--no-strict")
    {
        Description = "Do not fail the run for undefined or pending steps (ambiguous steps still fail).",
    };

    private readonly Option<string?> _retry = new("--retry")
    {
        Description = "Try a failing scenario up to N more times; one that passes on a retry is reported flaky.",
    };

    private readonly Option<string> _order = new("--order")
    {
        Description = "defined (file and line order), random, or random:SEED to repeat a random order.",
        DefaultValueFactory = _ => "defined",
    };

    private readonly Option<string> _shard = new("--shard")
    {
        Description = "Run only shard I of N (I/N), for splitting a suite across CI machines.",
        DefaultValueFactory = _ => "1/1",
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Folder for the reports: cucumber.ndjson, cucumber.html, junit.xml, rerun.txt, coverage.md/.json and living-docs/ "
            + "(default: \"out\" in specs.json, else reports/ next to specs.json).",
    };

    private readonly Option<string[]> _formats = new("--format", "-f")
    {
        Description = "Write one report to a chosen path: message:PATH, html:PATH, junit:PATH or rerun:PATH. Repeatable.",
    };

    private readonly Option<string?> _fixedClock = new("--fixed-clock")
    {
        Description = "Stamp every message with this ISO 8601 instant (2026-01-01T00:00:00Z; without an offset it is UTC) and zero "
            + "durations: with --order defined, two runs over the same inputs write byte-identical cucumber.ndjson.",
    };

    // K takes Z, an offset such as +02:00, or nothing (then the instant is UTC); the fraction is optional.
    private static readonly string[] IsoInstants = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"];

    private readonly Option<string?> _timeout = new("--timeout")
    {
        Description = "Seconds a scenario may take before it fails as hung (default: 60).",
    };

    private readonly Option<string?> _target = new("--target")
    {
        Description = "The system the scenarios run on: lmdb (default: each scenario in a fresh temporary LMDB environment, "
            + "through the same command processor as the HTTP API), sim (each scenario on simulated replicated clusters under seeded faults, "
            + "see --seeds) or none (step definitions alone, no scenario host).",
    };

    private readonly Option<string?> _seeds = new("--seeds")
    {
        Description = "With --target sim: run every scenario on this many simulated clusters, each under its own seeded fault schedule (default 1).",
    };

    private readonly Option<string?> _seedStart = new("--seed-start")
    {
        Description = "With --target sim: the first seed number (default 1); a failing seed prints the --seeds 1 --seed-start S command that runs it alone.",
    };

    private readonly Option<string?> _nodes = new("--nodes")
    {
        Description = "With --target sim: nodes per simulated cluster, 3 to 9 (default: each seed draws 3 or 5).",
    };

    private readonly Option<string?> _schedule = new("--schedule")
    {
        Description = "With --target sim: replay this recorded fault schedule (OUT/schedules/*.schedule.json of a failing seed) on one seed; "
            + "--seed-start defaults to the seed number the file names, whose cluster seed must be the file's.",
    };

    private readonly Option<bool> _idempotency = new("--idempotency")
    {
        Description = "Also deliver every Given event twice and the When a second time with the same idempotency key: a scenario passes "
            + "only if no extra events appear, the second response equals the first and the views are identical. Writes idempotency.md/.json.",
    };

    private readonly Option<bool> _replayCheck = new("--replay-check")
    {
        Description = "After each scenario, rebuild every view from the event log and compare it with the stored one byte for byte. "
            + "Writes replay.md/.json.",
    };

    private readonly CoverageOptions _coverage = new();

    public Command Build(Func<VerifyOptions, CancellationToken, Task<int>> run)
    {
        var command = new Command("verify", "Run the scenarios of the feature files and write the reports.\n\n"
            + "Examples:\n"
            + "  ./specs.sh verify                                         every scenario under specs/\n"
            + "  ./specs.sh verify specs/holds/holding.feature:17          one scenario\n"
            + "  ./specs.sh verify --tags \"@reference-data and not @slow\"\n"
            + "  ./specs.sh verify @reports/rerun.txt                      only what failed last time\n"
            + "  ./specs.sh verify --dry-run                               list undefined steps with snippets\n"
            + "  ./specs.sh verify --idempotency --replay-check            the same scenarios, verified two more ways\n\n"
            + "Exit codes: 0 all passed; 1 a scenario failed, a feature did not parse, or a step was undefined, pending "
            + "or ambiguous (strict); 2 usage or configuration error; 3 internal error.");
        command.Arguments.Add(_paths);
        foreach (var option in new Option[] { _tags, _names, _steps, _parallel, _failFast, _dryRun, _noStrict, _retry, _order, _shard, _out, _formats, _fixedClock, _timeout, _target, _seeds, _seedStart, _nodes, _schedule, _idempotency, _replayCheck })
        {
            command.Options.Add(option);
        }

        _coverage.AddTo(command);

        command.SetAction((parseResult, cancellation) => run(ToOptions(parseResult, Directory.GetCurrentDirectory()), cancellation));
        return command;
    }

    /// <summary>
    /// The paths a setting of specs.json lists, checked where the mistake is: a later "no such folder" or "step assembly
    /// not found" did not say that the path came from specs.json, so the user looked for it on the command line.
    /// </summary>
    private static IReadOnlyList<string>? ConfiguredPaths(IReadOnlyList<string>? configured, string setting, string? configFolder, string baseDirectory)
    {
        if (configured is null || configFolder is null)
        {
            return configured;
        }

        var file = Path.Combine(configFolder, SpecsConfigFile.FileName);
        if (configured.Count == 0)
        {
            throw new UsageException($"\"{setting}\" in {file} is empty; list at least one {(setting == "steps" ? "step assembly" : "folder or feature file")}, or leave the setting out");
        }

        foreach (var path in configured)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new UsageException($"\"{setting}\" in {file} holds an empty path");
            }

            // A step assembly may not be built yet when the options are read (the loader says so then); a folder of
            // feature files is source, so a missing one is a mistake of the file.
            if (setting == "paths" && !path.StartsWith('@') && Path.GetFullPath(Discovery.SelectionArgument.Parse(path).Path, configFolder) is var full
                && !File.Exists(full) && !Directory.Exists(full))
            {
                throw new UsageException($"\"{setting}\" in {file} names {path}, which does not exist (at {Path.GetRelativePath(baseDirectory, full)})");
            }
        }

        return configured;
    }

    /// <summary>Merges the nearest specs.json with the command line; the command line wins.</summary>
    public VerifyOptions ToOptions(ParseResult parseResult, string baseDirectory)
    {
        var (config, configFolder) = SpecsConfigFile.Find(baseDirectory);
        string FromConfig(string path) => configFolder is null ? path : Path.GetRelativePath(baseDirectory, Path.GetFullPath(path, configFolder));

        var paths = parseResult.GetValue(_paths) is { Length: > 0 } given ? given : (ConfiguredPaths(config.Paths, "paths", configFolder, baseDirectory)?.Select(FromConfig).ToArray() ?? ["specs"]);
        var steps = parseResult.GetValue(_steps) is { Length: > 0 } stepsGiven ? stepsGiven : (ConfiguredPaths(config.Steps, "steps", configFolder, baseDirectory)?.Select(FromConfig).ToArray() ?? []);
        // A value out of range names where it was set: the option, or the setting in specs.json (the user typed no --parallel).
        string Source(Option option, string setting) =>
            parseResult.GetResult(option) is { Implicit: false } || configFolder is null ? option.Name : $"\"{setting}\" in {Path.Combine(configFolder, SpecsConfigFile.FileName)}";

        var tags = parseResult.GetValue(_tags) ?? [];
        if (tags.Length == 0 && config.Tags is { } configTags)
        {
            try
            {
                Discovery.TagExpressions.TagExpressionParser.Parse(configTags);
            }
            catch (Discovery.TagExpressions.TagExpressionException error)
            {
                throw new UsageException($"{Source(_tags, "tags")}: {error.Message}");
            }

            tags = [configTags];
        }

        var parallel = Number(parseResult, _parallel) ?? config.Parallel ?? Environment.ProcessorCount;
        if (parallel < 1 || parallel > Execution.RunSettings.ParallelMax)
        {
            throw new UsageException($"{Source(_parallel, "parallel")} must be between 1 and {Execution.RunSettings.ParallelMax}, not {parallel}");
        }

        var retry = Number(parseResult, _retry) ?? config.Retry ?? 0;
        if (retry < 0 || retry > Execution.RunSettings.RetryMax)
        {
            throw new UsageException($"{Source(_retry, "retry")} must be between 0 and {Execution.RunSettings.RetryMax}, not {retry}");
        }

        var timeout = Number(parseResult, _timeout) ?? config.TimeoutSeconds ?? 60;
        if (timeout < 1 || timeout > VerifyOptions.TimeoutSecondsMax)
        {
            throw new UsageException($"{Source(_timeout, "timeoutSeconds")} must be between 1 and {VerifyOptions.TimeoutSecondsMax} seconds, not {timeout}");
        }

        DateTimeOffset? fixedClock = null;
        if (parseResult.GetValue(_fixedClock) is { } clockText)
        {
            // ISO 8601 only: a lenient parse took 01/02/2026 as the 2nd of January, which a reader in most of the world
            // takes as the 1st of February.
            if (!DateTimeOffset.TryParseExact(clockText, IsoInstants, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            {
                throw new UsageException($"--fixed-clock must be an ISO 8601 instant such as 2026-01-01T00:00:00Z (without an offset it is UTC; a date alone, 2026-01-01, is its midnight UTC), not '{clockText}'");
            }

            fixedClock = instant;
        }

        var formats = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var format in parseResult.GetValue(_formats) ?? [])
        {
            var colon = format.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == format.Length - 1)
            {
                throw new UsageException($"--format must be NAME:PATH (message, html, junit or rerun), not '{format}'");
            }

            if (!formats.TryAdd(format[..colon], format[(colon + 1)..]))
            {
                throw new UsageException($"--format {format[..colon]} is given twice ({formats[format[..colon]]} and {format[(colon + 1)..]}); each report is written to one path");
            }
        }

        var targetName = parseResult.GetValue(_target) ?? config.Target ?? Targets.TargetCatalog.Lmdb;
        if (!Targets.TargetCatalog.Names.Contains(targetName, StringComparer.Ordinal))
        {
            throw new UsageException($"{Source(_target, "target")}: unknown target '{targetName}' (known: {string.Join(", ", Targets.TargetCatalog.Names)})");
        }

        if (targetName != Targets.TargetCatalog.Sim
            && new Option[] { _seeds, _seedStart, _nodes, _schedule }.FirstOrDefault(option => parseResult.GetResult(option) is { Implicit: false }) is { } simOnly)
        {
            throw new UsageException($"{simOnly.Name} applies to the simulated cluster: add --target sim (the target is {targetName})");
        }

        // The default folder is next to specs.json, as the paths and steps it names are: run from a subfolder, the
        // reports still land in the project's git-ignored reports/, not in a new folder among the sources.
        var outputDirectory = parseResult.GetValue(_out) ?? FromConfig(config.Out ?? "reports");
        var options = new VerifyOptions
        {
            Paths = paths,
            Tags = tags,
            Names = parseResult.GetValue(_names) ?? [],
            StepAssemblies = steps,
            Parallel = (int)parallel,
            FailFast = parseResult.GetValue(_failFast),
            DryRun = parseResult.GetValue(_dryRun),
            Strict = !parseResult.GetValue(_noStrict) && (config.Strict ?? true),
            Retry = (int)retry,
            Order = parseResult.GetValue(_order) ?? "defined",
            Shard = parseResult.GetValue(_shard) ?? "1/1",
            OutputDirectory = outputDirectory,
            Formats = formats,
            FixedClock = fixedClock,
            ScenarioTimeout = TimeSpan.FromSeconds(timeout),
            TargetName = targetName,
            Idempotency = parseResult.GetValue(_idempotency) || (config.Idempotency ?? false),
            ReplayCheck = parseResult.GetValue(_replayCheck) || (config.ReplayCheck ?? false),
            Cluster = ClusterSettings(parseResult) with { OutputFolder = outputDirectory },
            BaseDirectory = baseDirectory,
            RerunOptions = RerunOptions(parseResult),
        };
        return _coverage.Apply(options, parseResult, config, FromConfig);
    }

    private SimulatedClusterSettings ClusterSettings(ParseResult parseResult)
    {
        var seeds = Number(parseResult, _seeds) ?? 1;
        if (seeds < 1 || seeds > SimulatedClusterSettings.SeedsMax)
        {
            throw new UsageException($"--seeds must be between 1 and {SimulatedClusterSettings.SeedsMax}, not {seeds}");
        }

        ulong seedStart = 1;
        if (parseResult.GetValue(_seedStart) is { } startText && !ulong.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out seedStart))
        {
            throw new UsageException($"--seed-start takes a whole number from 0 to {ulong.MaxValue}, not '{startText}'");
        }

        var nodes = Number(parseResult, _nodes);
        if (nodes is < SimulatedClusterSettings.NodesMin or > SimulatedClusterSettings.NodesMax)
        {
            throw new UsageException(SimulatedClusterSettings.NodesOutOfRange(nodes.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (parseResult.GetValue(_schedule) is not { } scheduleFile)
        {
            return new SimulatedClusterSettings { Seeds = (int)seeds, SeedStart = seedStart, Nodes = (int?)nodes };
        }

        if (seeds != 1)
        {
            throw new UsageException($"--schedule replays one seed: use --seeds 1, not {seeds}");
        }

        if (!File.Exists(scheduleFile))
        {
            throw new UsageException(Directory.Exists(scheduleFile)
                ? $"--schedule {scheduleFile} is a folder; give one schedule file (a .json in it)"
                : $"--schedule {scheduleFile}: no such file");
        }

        Simulation.RegressionCase recorded;
        try
        {
            recorded = Simulation.RegressionCase.Read(scheduleFile);
        }
        catch (FormatException problem)
        {
            throw new UsageException($"--schedule {problem.Message}");
        }

        return new SimulatedClusterSettings
        {
            Seeds = 1,
            SeedStart = parseResult.GetValue(_seedStart) is null && recorded.SeedNumber is { } number ? number : seedStart,
            Nodes = (int?)nodes,
            Schedule = recorded.Schedule,
            ScheduleSource = scheduleFile,
            ScheduleScenario = recorded.Scenario,
            ScheduleBug = recorded.Bug,
        };
    }

    /// <summary>The options that shape how a scenario runs, each as the user typed it (<see cref="VerifyOptions.RerunOptions"/>).</summary>
    private List<string> RerunOptions(ParseResult parseResult)
    {
        var words = new List<string>();
        foreach (var option in new Option[] { _steps, _target, _seeds, _seedStart, _nodes, _schedule, _timeout, _fixedClock, _idempotency, _replayCheck, _noStrict, _retry })
        {
            if (parseResult.GetResult(option) is not { Implicit: false } given)
            {
                continue;
            }

            if (given.Tokens.Count == 0)
            {
                words.Add(option.Name);
            }

            // One option word per value, as a repeated option reads (--steps A.dll --steps B.dll).
            foreach (var token in given.Tokens)
            {
                words.Add(option.Name);
                words.Add(Output.ShellWord.Quote(token.Value));
            }
        }

        return words;
    }

    /// <summary>
    /// A whole-number option as typed, as a long: a number too large for an int (99999999999) is still a number, and the
    /// option's range check (shared with the value specs.json may give) says what it must be, not "takes a whole number".
    /// </summary>
    private static long? Number(ParseResult parseResult, Option<string?> option)
    {
        if (parseResult.GetValue(option) is not { } text)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{option.Name} takes a whole number, not '{text}'");
    }
}
