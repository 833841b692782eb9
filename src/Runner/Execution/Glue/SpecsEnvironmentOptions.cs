using Reqnroll.EnvironmentAccess;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Reqnroll's environment switches, set by the runner instead of process environment variables (which would
/// leak between in-process runs): dry run on request, Reqnroll's own formatters always off (we emit messages).
/// </summary>
public sealed class SpecsEnvironmentOptions(bool dryRun) : IEnvironmentOptions
{
    public bool IsDryRun { get; } = dryRun;

    public string? BindingsOutputFilepath => null;

    public bool IsRunningInContainer => false;

    public bool FormattersDisabled => true;

    public string? FormattersJson => null;

    public IDictionary<string, string> FormatterSettings { get; } = new Dictionary<string, string>();
}
