using System.Globalization;
using System.Text;
using System.Xml;
using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Reporting;

/// <summary>
/// JUnit XML following cucumber/junit-xml-formatter: one testsuite "Cucumber", classname = feature name,
/// name = rule - scenario - examples - #i.j, steps with statuses in system-out; pending, undefined and
/// ambiguous are failures in strict mode. Valid against the Jenkins JUnit schema.
/// </summary>
/// <remarks>
/// A feature file that did not parse ran none of its scenarios and failed the run; left out of the report, it read green
/// to CI. So it is a test case of its own, named by its path as rerun.txt lists it, without a classname since it has no
/// feature name (cucumber/junit-xml-formatter writes a failed test-run hook the same way). It holds an <c>error</c>, a
/// problem outside any assertion (as pytest reports a test file it could not collect), whose message is the first parse
/// error at <c>path:line</c> and whose text is every parse error of the file; the suite counts it in <c>tests</c> and
/// <c>errors</c>.
/// </remarks>
public static class JUnitReport
{
    public static string Render(RunDigest digest)
    {
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var cases = digest.TestCases;
        var unparsed = digest.ParseErrors.GroupBy(error => error.Source.Uri, StringComparer.Ordinal).ToList();
        var time = cases.Sum(outcome => outcome.Last.Duration.TotalSeconds);
        text.Append(CultureInfo.InvariantCulture,
            $"<testsuite name=\"Cucumber\" time=\"{Seconds(time)}\" tests=\"{cases.Count + unparsed.Count}\" skipped=\"{cases.Count(c => c.Skipped)}\" failures=\"{cases.Count(c => c.Failed)}\" errors=\"{unparsed.Count}\"");
        if (digest.RunStarted is { } started)
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(started.Timestamp.Seconds);
            text.Append(CultureInfo.InvariantCulture, $" timestamp=\"{instant:yyyy-MM-dd'T'HH:mm:ss'Z'}\"");
        }

        text.Append(">\n");
        foreach (var feature in unparsed)
        {
            // First, as rerun.txt and the console list them.
            var errors = feature.Select(error => $"{feature.Key}:{error.Source.Location?.Line}: {error.Message}").ToList();
            text.Append(CultureInfo.InvariantCulture, $"<testcase name=\"{Escape(feature.Key)}\" time=\"0\">\n");
            text.Append(CultureInfo.InvariantCulture, $"<error type=\"ParseError\" message=\"{Escape(errors[0])}\">\n");
            text.Append(Cdata(string.Join("\n", errors))).Append("\n</error>\n");
            text.Append("</testcase>\n");
        }

        foreach (var outcome in cases)
        {
            var attempt = outcome.Last;
            var feature = attempt.Document.Feature;
            text.Append(CultureInfo.InvariantCulture,
                $"<testcase classname=\"{Escape(feature?.Name ?? "")}\" name=\"{Escape(Name(attempt))}\" time=\"{Seconds(attempt.Duration.TotalSeconds)}\">\n");
            if (outcome.Failed)
            {
                var problem = attempt.FirstProblem;
                if (problem?.Exception is { } exception || problem?.Message is not null)
                {
                    var type = problem!.Exception?.Type ?? "";
                    var message = problem.Exception?.Message ?? problem.Message ?? "";
                    text.Append(CultureInfo.InvariantCulture, $"<failure type=\"{Escape(type)}\" message=\"{Escape(message)}\">\n");
                    text.Append(Cdata(problem.Exception?.StackTrace ?? problem.Message ?? "")).Append("\n</failure>\n");
                }
                else
                {
                    text.Append("<failure/>\n");
                }
            }
            else if (outcome.Skipped)
            {
                text.Append("<skipped/>\n");
            }

            text.Append("<system-out>").Append(Cdata("\n" + Steps(attempt))).Append("</system-out>\n");
            text.Append("</testcase>\n");
        }

        text.Append("</testsuite>\n");
        return text.ToString();
    }

    /// <summary>`Rule - Scenario - Examples - #i.j`, plus `: pickle name` when an outline's name has parameters.</summary>
    public static string Name(TestCaseAttempt attempt)
    {
        var document = attempt.Document;
        var pickle = attempt.Pickle;
        var scenario = document.Scenario(pickle);
        var parts = new List<string>();
        if (document.RuleOf(pickle) is { } rule && rule.Name.Length > 0)
        {
            parts.Add(rule.Name);
        }

        parts.Add(scenario.Name);
        if (document.ExampleRow(pickle) is { } row)
        {
            if (row.Examples.Name.Length > 0)
            {
                parts.Add(row.Examples.Name);
            }

            var examplesNumber = scenario.Examples.IndexOf(row.Examples) + 1;
            var name = string.Join(" - ", parts) + $" - #{examplesNumber}.{row.RowNumber}";
            return pickle.Name != scenario.Name ? $"{name}: {pickle.Name}" : name;
        }

        return string.Join(" - ", parts);
    }

    private static string Steps(TestCaseAttempt attempt)
    {
        var text = new StringBuilder();
        var pickleSteps = attempt.Pickle.Steps.ToDictionary(step => step.Id, StringComparer.Ordinal);
        foreach (var testStep in attempt.TestCase.TestSteps)
        {
            if (testStep.PickleStepId is null || !pickleSteps.TryGetValue(testStep.PickleStepId, out var pickleStep))
            {
                continue;
            }

            var keyword = attempt.Document.Step(pickleStep)?.Keyword.Trim() ?? "";
            var line = new StringBuilder($"{keyword} {pickleStep.Text.Trim()}.");
            do
            {
                line.Append('.');
            }
            while (line.Length < 76);
            var status = attempt.StepResults.GetValueOrDefault(testStep.Id)?.Status ?? TestStepResultStatus.UNKNOWN;
            text.Append(line).Append(status.ToString().ToLowerInvariant()).Append('\n');
        }

        return text.ToString();
    }

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Cdata(string text) => "<![CDATA[" + RemoveInvalid(text).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal) + "]]>";

    private static string Escape(string text)
    {
        var clean = RemoveInvalid(text);
        return clean.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    /// <summary>XML 1.0 cannot hold most control characters, even escaped; drop them rather than write an invalid file.</summary>
    private static string RemoveInvalid(string text) =>
        text.Any(character => !XmlConvert.IsXmlChar(character) && !char.IsSurrogate(character))
            ? new string(text.Where(character => XmlConvert.IsXmlChar(character) || char.IsSurrogate(character)).ToArray())
            : text;
}
