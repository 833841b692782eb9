using Specs.Runner.Extensibility;

namespace Specs.Runner.Reporting.Coverage;

/// <summary>
/// Everything a coverage report must find exercised: the rules of the rules file and the commands, events
/// and domain errors of the system under verification.
/// </summary>
public sealed record CoverageUniverse(IReadOnlyList<RuleEntry> Rules, IReadOnlyList<string> Commands, IReadOnlyList<string> Events, IReadOnlyList<string> Errors)
{
    /// <summary>The rules, plus the system's vocabulary when <paramref name="target"/> publishes one.</summary>
    public static CoverageUniverse Of(IReadOnlyList<RuleEntry> rules, IVerificationTarget target) => target is ISystemVocabulary vocabulary
        ? new CoverageUniverse(rules, vocabulary.Commands, vocabulary.Events, vocabulary.Errors)
        : new CoverageUniverse(rules, [], [], []);
}
