using Cucumber.HtmlFormatter;
using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Reporting;

/// <summary>cucumber.html: Cucumber's own single-file React report, fed our canonical stream.</summary>
public static class HtmlReport
{
    public static void Write(Stream stream, IEnumerable<Envelope> envelopes)
    {
        var settings = new HtmlReportSettings { Title = "Specs" };
        using var writer = new MessagesToHtmlWriter(stream, (streamWriter, envelope) =>
        {
            streamWriter.Write(NdjsonReport.Serialize(envelope));
            return Task.CompletedTask;
        }, settings);
        foreach (var envelope in envelopes)
        {
            writer.Write(envelope);
        }
    }
}
