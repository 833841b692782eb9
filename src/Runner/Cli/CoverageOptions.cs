using System.CommandLine;

namespace Specs.Runner.Cli;

/// <summary>
/// The coverage options of `specs verify`: where the rule tables are (`--rules`, "rules" in specs.json) and
/// whether a gap fails the run (`--require-coverage`, "requireCoverage"). Kept apart from the other options so
/// the coverage report is one addition to the command.
/// </summary>
public sealed class CoverageOptions
{
    private readonly Option<string?> _rules = new("--rules")
    {
        Description = "The Markdown file whose rule tables list every rule id (default: \"rules\" in specs.json, docs/domain-rules.md here). "
            + "coverage.md/.json list each rule, command, event and domain error with the scenarios whose Then steps asserted it.",
    };

    private readonly Option<bool> _requireCoverage = new("--require-coverage")
    {
        Description = "Fail the run when the coverage report has a gap: a rule, command, event or domain error no scenario asserts.",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_rules);
        command.Options.Add(_requireCoverage);
    }

    /// <summary>The options with the coverage settings: the command line first, then specs.json (its path relative to the file).</summary>
    public VerifyOptions Apply(VerifyOptions options, ParseResult parseResult, SpecsConfigFile config, Func<string, string> fromConfig)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(config);
        // --require-coverage on the command line is a request for this run and always applies. specs.json's
        // requireCoverage is a standing rule for the corpus: a run of one folder, one tag or one shard cannot
        // exercise every rule, so there it is not applied (and the console says so) instead of failing every such run.
        var required = parseResult.GetValue(_requireCoverage);
        var partial = PartialSelection(options, config, fromConfig);
        string? skipped = null;
        if (!required && (config.RequireCoverage ?? false))
        {
            skipped = partial;
            required = skipped is null;
        }

        return options with
        {
            RulesFile = parseResult.GetValue(_rules) ?? (config.Rules is { } rules ? fromConfig(rules) : null),
            RequireCoverage = required,
            RequireCoverageSkipped = skipped,
            PartialSelection = partial,
            NarrowedTo = PartialSelection(options with { Shard = "1/1" }, config, fromConfig),
            NarrowedToWholeFolders = SelectsWholeFolders(options, config),
        };
    }

    /// <summary>Whether the run selects whole folders only: every path a folder, and no tag or name filter beyond the corpus's.</summary>
    public static bool SelectsWholeFolders(VerifyOptions options, SpecsConfigFile config)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(config);
        string[] corpusTags = config.Tags is { } tags ? [tags] : [];
        return options.Tags.SequenceEqual(corpusTags, StringComparer.Ordinal)
            && options.Names.Count == 0
            && options.Paths.All(path => !path.StartsWith('@') && Directory.Exists(Path.GetFullPath(path, options.BaseDirectory)));
    }

    /// <summary>
    /// What narrows the run to part of the corpus: paths other than the configured ones, --tags, --name or a
    /// shard; null when the whole corpus is selected.
    /// </summary>
    public static string? PartialSelection(VerifyOptions options, SpecsConfigFile config, Func<string, string> fromConfig)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(fromConfig);
        var corpus = (config.Paths?.Select(fromConfig).ToArray() ?? ["specs"]).Select(path => Full(path, options.BaseDirectory)).Order(StringComparer.Ordinal);
        var selected = options.Paths.Select(path => Full(path, options.BaseDirectory)).Order(StringComparer.Ordinal);
        string[] corpusTags = config.Tags is { } tags ? [tags] : [];
        var reasons = new List<string>();
        if (!corpus.SequenceEqual(selected, StringComparer.Ordinal))
        {
            reasons.Add($"paths {string.Join(" ", options.Paths)}");
        }

        if (!options.Tags.SequenceEqual(corpusTags, StringComparer.Ordinal))
        {
            reasons.Add($"--tags {string.Join(" ", options.Tags)}");
        }

        if (options.Names.Count > 0)
        {
            reasons.Add($"--name {string.Join(" ", options.Names)}");
        }

        if (options.Shard.Trim() != "1/1")
        {
            reasons.Add($"--shard {options.Shard}");
        }

        return reasons.Count == 0 ? null : string.Join(", ", reasons);
    }

    private static string Full(string path, string baseDirectory) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, baseDirectory));
}
