namespace Specs.Runner.Reporting;

/// <summary>
/// rerun.txt: one `path:line` per failed scenario, and the path alone of each feature file that did not parse (its
/// scenarios are unknown, and it failed the run), accepted back as `specs verify @reports/rerun.txt`.
/// </summary>
public static class RerunReport
{
    public static string Render(RunDigest digest) =>
        string.Concat(digest.ParseErrors.Select(error => error.Source.Uri).Distinct(StringComparer.Ordinal).Select(uri => uri + "\n")
            .Concat(digest.TestCases.Where(outcome => outcome.Failed).Select(outcome => outcome.Location + "\n")));
}
