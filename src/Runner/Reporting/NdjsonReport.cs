using System.Text;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.PayloadProcessing;

namespace Specs.Runner.Reporting;

/// <summary>Writes and reads the canonical stream: one JSON envelope per line, in Cucumber's JSON conventions.</summary>
public static class NdjsonReport
{
    // cucumber.ndjson and cucumber.html both carry every envelope as its JSON line and are written concurrently;
    // each envelope is serialized once for both (whichever report reaches it first), while the envelopes live.
    // The line is kept as UTF-8, the form both files are written in: a run's stream is tens of megabytes, and
    // UTF-16 strings in between doubled that in copies and garbage.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Envelope, byte[]> Serialized = new();

    /// <summary>The envelope's JSON line as UTF-8 (without the newline); envelopes are not changed once built, so it is kept.</summary>
    public static byte[] SerializeToUtf8(Envelope envelope) => Serialized.GetValue(envelope, CucumberMessagesJson.SerializeToUtf8);

    /// <summary>The envelope's JSON line (without the newline).</summary>
    public static string Serialize(Envelope envelope) => Encoding.UTF8.GetString(SerializeToUtf8(envelope));

    public static void Write(Stream stream, IEnumerable<Envelope> envelopes)
    {
        using var buffered = new BufferedStream(stream, 64 * 1024);
        foreach (var envelope in envelopes)
        {
            buffered.Write(SerializeToUtf8(envelope));
            buffered.WriteByte((byte)'\n');
        }
    }

    public static List<Envelope> Read(string ndjson) =>
        ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(NdjsonSerializer.Deserialize).ToList();
}
