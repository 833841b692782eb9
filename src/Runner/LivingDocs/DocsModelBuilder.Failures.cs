using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting;

namespace Specs.Runner.LivingDocs;

/// <summary>Why a scenario failed, told in three parts a product owner can read: expected, actual, the first difference.</summary>
public static partial class DocsModelBuilder
{
    /// <summary>
    /// Expected, actual and the first difference: from the failed expectation the host recorded, else from the step's
    /// error. A check on the new events or on the refusal is expected as its step says it ("2 units of SKU-100 for sale
    /// S-1 are recorded as short"), which tells more than the names of the events, unless the step lists them in a table.
    /// </summary>
    private static DocsFailure Failure(JsonObject? record, TestStepResult? problem, TestCaseAttempt last, DocsStep? failedStep)
    {
        var message = problem is null ? "The scenario failed." : ErrorText(problem.Message, problem.Status) ?? problem.Status.ToString().ToLowerInvariant();
        var failed = (record?["then"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(expectation => (bool?)expectation["passed"] == false);
        if (failed is not null)
        {
            var expected = (failed["events"] is JsonArray || failed["error"] is not null) && failedStep is { Table: null, DocString: null }
                ? failedStep.Text
                : (string?)failed["expectation"] ?? "";
            var actual = (string?)failed["actual"] ?? "";
            return new DocsFailure(Sentence(expected), Sentence(actual), FirstDifference(failed, record!), message);
        }

        if (ExpectedBut().Match(message) is { Success: true } match)
        {
            return new DocsFailure(Sentence(match.Groups[1].Value), Sentence(match.Groups[2].Value), null, message);
        }

        var status = problem?.Status ?? last.Status;
        var expectedText = status switch
        {
            TestStepResultStatus.UNDEFINED => "Every step to have a definition.",
            TestStepResultStatus.PENDING => "Every step to be implemented.",
            TestStepResultStatus.AMBIGUOUS => "Every step to match exactly one definition.",
            _ => "Every step to pass.",
        };
        return new DocsFailure(expectedText, Sentence(FirstLine(message)), null, message);
    }

    /// <summary>
    /// Where expected and recorded events first part, when the check's own words do not say it: for a wrong number of
    /// events, the first position where the recorded event is not the expected one. A wrong event in the right place
    /// is already told, field by field, by what happened; null then, and for a check on anything but the new events.
    /// </summary>
    internal static string? FirstDifference(JsonObject check, JsonObject record)
    {
        if (check["events"] is not JsonArray events)
        {
            return null;
        }

        var expectedTypes = events.Select(item => (string?)item ?? "?").ToList();
        var recorded = ((record["outcome"] as JsonObject)?["newEvents"] as JsonArray)?.OfType<JsonObject>().Select(item => (string?)item["type"] ?? "?").ToList() ?? [];
        if (expectedTypes.Count == recorded.Count)
        {
            return null;
        }

        for (var i = 0; i < Math.Max(expectedTypes.Count, recorded.Count); i++)
        {
            var want = i < expectedTypes.Count ? Humanize(expectedTypes[i]) : null;
            var got = i < recorded.Count ? Humanize(recorded[i]) : null;
            if (want != got)
            {
                var position = (i + 1).ToString(CultureInfo.InvariantCulture);
                return want is null ? $"Event {position}: {got} was recorded but not expected."
                    : got is null ? $"Event {position}: {want} was expected but not recorded."
                    : $"Event {position}: {want} was expected, {got} was recorded.";
            }
        }

        return null;
    }

    /// <summary>The error without the runtime's stack frames: a product owner reads the first lines only.</summary>
    private static string? ErrorText(string? message, TestStepResultStatus status)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return status switch
            {
                TestStepResultStatus.UNDEFINED => "No step definition matches this step yet.",
                TestStepResultStatus.PENDING => "This step is not implemented yet.",
                _ => null,
            };
        }

        var lines = message.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .TakeWhile(line => !line.TrimStart().StartsWith("at ", StringComparison.Ordinal) && !line.StartsWith("---", StringComparison.Ordinal));
        // "Specs.Inventory.Scenarios.ScenarioExpectationException: Expected ..." reads as "Expected ...".
        return ExceptionTypePrefix().Replace(string.Join('\n', lines).Trim(), "");
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        trimmed = char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }

    [GeneratedRegex(@"^([A-Za-z_][\w]*\.)*\w*Exception: ")]
    private static partial Regex ExceptionTypePrefix();

    [GeneratedRegex(@"^Expected (.*?), but (.*)\.$", RegexOptions.Singleline)]
    private static partial Regex ExpectedBut();
}
