namespace Specs.Runner.Reporting;

/// <summary>rerun.txt: one `path:line` per failed scenario, accepted back as `specs verify @reports/rerun.txt`.</summary>
public static class RerunReport
{
    public static string Render(RunDigest digest) =>
        string.Concat(digest.TestCases.Where(outcome => outcome.Failed).Select(outcome => outcome.Location + "\n"));
}
