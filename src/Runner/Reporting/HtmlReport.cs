using System.Text;
using Cucumber.HtmlFormatter;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Targets;

namespace Specs.Runner.Reporting;

/// <summary>cucumber.html: Cucumber's own single-file React report, fed our canonical stream.</summary>
/// <remarks>
/// The scenario record of a passed scenario (its given events, command, outcome and views, as JSON) is left out of
/// the HTML: it is machine evidence, already in cucumber.ndjson for the living documentation and the coverage
/// report, and at about 7 KiB per scenario it would be a third of the page. A scenario that did not pass keeps its
/// record, which is what someone reading a failure needs.
/// </remarks>
public static class HtmlReport
{
    /// <summary>Writes the page for <paramref name="envelopes"/>, whose JSON lines are <paramref name="lines"/> (made when not given).</summary>
    public static void Write(Stream stream, IReadOnlyList<Envelope> envelopes, IReadOnlyList<byte[]>? lines = null)
    {
        lines ??= NdjsonReport.SerializeAll(envelopes);
        var notPassed = envelopes
            .Select(envelope => envelope.TestStepFinished)
            .Where(finished => finished is not null && finished.TestStepResult.Status != TestStepResultStatus.PASSED)
            .Select(finished => finished!.TestCaseStartedId)
            .ToHashSet(StringComparer.Ordinal);
        var settings = new HtmlReportSettings { Title = "Specs" };
        // The formatter escapes what it is given as characters; the line is decoded into one reused buffer and
        // handed over as a range, which the formatter's writer takes without copying it again.
        // The formatter hands back the envelope it is writing; its line is the one at the position being written.
        var characters = Array.Empty<char>();
        var line = Array.Empty<byte>();
        using var writer = new MessagesToHtmlWriter(stream, (streamWriter, _) =>
        {
            var needed = Encoding.UTF8.GetMaxCharCount(line.Length);
            if (characters.Length < needed)
            {
                characters = new char[Math.Max(needed, characters.Length * 2)];
            }

            streamWriter.Write(characters, 0, Encoding.UTF8.GetChars(line, characters));
            return Task.CompletedTask;
        }, settings);
        for (var i = 0; i < envelopes.Count; i++)
        {
            var envelope = envelopes[i];
            if (envelope.Attachment is { FileName: ScenarioHostTarget.RecordFileName } record && !notPassed.Contains(record.TestCaseStartedId ?? string.Empty))
            {
                continue;
            }

            line = lines[i];
            writer.Write(envelope);
        }
    }
}
