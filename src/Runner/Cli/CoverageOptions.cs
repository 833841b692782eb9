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
        return options with
        {
            RulesFile = parseResult.GetValue(_rules) ?? (config.Rules is { } rules ? fromConfig(rules) : null),
            RequireCoverage = parseResult.GetValue(_requireCoverage) || (config.RequireCoverage ?? false),
        };
    }
}
