using System.Text;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting;
using Specs.Runner.Targets;

namespace Specs.Runner.Tests.Reporting;

/// <summary>What cucumber.html keeps of the scenario records: only those of scenarios that did not pass.</summary>
public sealed class HtmlReportTests
{
    [Fact]
    public void A_passed_scenarios_record_is_left_out_of_the_html_and_a_failed_scenarios_record_is_kept()
    {
        var at = new Timestamp(1_767_225_600, 0);
        Envelope Record(string startedId, string marker) => Envelope.Create(new Attachment(
            $"{{\"scenario\":\"{marker}\"}}", AttachmentContentEncoding.IDENTITY, ScenarioHostTarget.RecordFileName, "application/json",
            null, startedId, "step", null, null, null, at));
        Envelope Finished(string startedId, TestStepResultStatus status) =>
            Envelope.Create(new TestStepFinished(startedId, "step", new TestStepResult(new Duration(0, 0), null, status, null), at));

        using var html = new MemoryStream();
        HtmlReport.Write(html, [
            Record("passed-case", "RECORD-OF-THE-PASSED-ONE"), Finished("passed-case", TestStepResultStatus.PASSED),
            Record("failed-case", "RECORD-OF-THE-FAILED-ONE"), Finished("failed-case", TestStepResultStatus.FAILED)]);

        var text = Encoding.UTF8.GetString(html.ToArray());
        Assert.DoesNotContain("RECORD-OF-THE-PASSED-ONE", text);
        Assert.Contains("RECORD-OF-THE-FAILED-ONE", text);
    }
}
