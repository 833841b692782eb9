namespace Specs.Runner.LivingDocs;

/// <summary>
/// Marks what changed since a previous run (`--compare PREVIOUS.ndjson`): scenarios that are new, that fail now
/// but did not before, that pass now but failed before, and those the previous run had and this one does not.
/// Scenarios are matched by file, name and which of the same-named ones they are, not by their derived ids,
/// which change whenever the file's text does.
/// </summary>
public static class RunComparison
{
    public static DocsModel Compare(DocsModel current, DocsModel previous, string previousLabel)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var before = previous.Scenarios.ToDictionary(scenario => scenario.CompareKey, StringComparer.Ordinal);
        var scenarios = current.Scenarios.Select(scenario =>
        {
            if (!before.TryGetValue(scenario.CompareKey, out var old))
            {
                return scenario with { Change = ScenarioChange.New };
            }

            var failsNow = scenario.Status == ScenarioStatus.Failed;
            var failedBefore = old.Status == ScenarioStatus.Failed;
            var change = failsNow && !failedBefore && old.Status != ScenarioStatus.NotRun ? ScenarioChange.NewlyFailing
                : !failsNow && failedBefore && scenario.Status is ScenarioStatus.Passed or ScenarioStatus.Flaky ? ScenarioChange.NewlyFixed
                : ScenarioChange.None;
            return scenario with { Change = change, PreviousStatus = old.Status };
        }).ToList();
        var now = current.Scenarios.Select(scenario => scenario.CompareKey).ToHashSet(StringComparer.Ordinal);
        var removed = previous.Scenarios.Where(scenario => !now.Contains(scenario.CompareKey))
            .Select(scenario => new RemovedScenario(scenario.CompareKey, scenario.Name, scenario.Location, scenario.Status))
            .ToList();
        return current with { Scenarios = scenarios, Removed = removed, ComparedWith = previousLabel };
    }
}
