namespace Specs.Runner.Reporting.Coverage;

/// <summary>
/// What a partial run covers, for the coverage report: the sentence that says so, the areas it selected, and the area of
/// every rule (by id) and of every command, event and error (by name). A rule, command, event or error of an area the run
/// did not select, that no scenario of the run exercised, is not in this run rather than a gap.
/// </summary>
public sealed record CoverageScope(string Sentence, IReadOnlyList<string> Areas, IReadOnlyDictionary<string, string?> RuleAreas, IReadOnlyDictionary<string, string> TermAreas)
{
    /// <summary>
    /// Whether the item lies outside the run: no scenario of the run exercised it, none did it without asserting it (sent
    /// the command, recorded the event, was refused with the error, was tagged with the rule), and its area was not selected.
    /// </summary>
    public bool LeavesOut(CoverageKind kind, string id, int exercised, int unasserted)
    {
        var area = kind == CoverageKind.Rule ? RuleAreas.GetValueOrDefault(id) : TermAreas.GetValueOrDefault(id);
        return exercised == 0 && unasserted == 0 && !(area is not null && Areas.Contains(area, StringComparer.OrdinalIgnoreCase));
    }
}
