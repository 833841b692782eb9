using System.Text;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.PayloadProcessing;

namespace Specs.Runner.Reporting;

/// <summary>Writes and reads the canonical stream: one JSON envelope per line, in Cucumber's JSON conventions.</summary>
public static class NdjsonReport
{
    // cucumber.ndjson and cucumber.html both carry every envelope as its JSON line and are written concurrently;
    // each envelope is serialized once for both (whichever report reaches it first), while the envelopes live.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Envelope, string> Serialized = new();

    /// <summary>The envelope's JSON line (without the newline); envelopes are not changed once built, so it is kept.</summary>
    public static string Serialize(Envelope envelope) => Serialized.GetValue(envelope, CucumberMessagesJson.Serialize);

    public static void Write(Stream stream, IEnumerable<Envelope> envelopes)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        foreach (var envelope in envelopes)
        {
            writer.Write(Serialize(envelope));
            writer.Write('\n');
        }
    }

    public static List<Envelope> Read(string ndjson) =>
        ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(NdjsonSerializer.Deserialize).ToList();
}
