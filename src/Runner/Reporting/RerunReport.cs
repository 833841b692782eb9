namespace Specs.Runner.Reporting;

/// <summary>
/// rerun.txt: one `path:line` per failed scenario, and the path alone of each feature file that did not parse (its
/// scenarios are unknown, and it failed the run), accepted back as `specs verify @reports/rerun.txt`. A run stopped
/// before every selected scenario ran (Ctrl+C) also lists those that never started, so that the rerun finishes it.
/// </summary>
public static class RerunReport
{
    /// <param name="digest">The run's outcomes.</param>
    /// <param name="notStarted">`path:line` of the selected scenarios an interrupted run never started; empty otherwise.</param>
    public static string Render(RunDigest digest, IReadOnlyList<string>? notStarted = null) =>
        string.Concat(digest.ParseErrors.Select(error => error.Source.Uri).Distinct(StringComparer.Ordinal).Select(uri => uri + "\n")
            .Concat(digest.TestCases.Where(outcome => outcome.Failed).Select(outcome => outcome.Location + "\n"))
            .Concat((notStarted ?? []).Select(location => location + "\n")));
}
