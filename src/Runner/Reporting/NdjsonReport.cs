using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.PayloadProcessing;

namespace Specs.Runner.Reporting;

/// <summary>Writes and reads the canonical stream: one JSON envelope per line, in Cucumber's JSON conventions.</summary>
public static class NdjsonReport
{
    /// <summary>The envelope's JSON line (without the newline).</summary>
    public static string Serialize(Envelope envelope) => CucumberMessagesJson.Serialize(envelope);

    /// <summary>
    /// Every envelope's JSON line as UTF-8 (without the newline), in order, serialized on every core. cucumber.ndjson
    /// and cucumber.html both carry every line and are written concurrently, so the lines are made once for both,
    /// as UTF-8, the form both files are written in (a run's stream is tens of megabytes).
    /// </summary>
    public static byte[][] SerializeAll(IReadOnlyList<Envelope> envelopes)
    {
        var lines = new byte[envelopes.Count][];
        ParallelWork.For(envelopes.Count, i => lines[i] = CucumberMessagesJson.SerializeToUtf8(envelopes[i]));
        return lines;
    }

    public static void Write(Stream stream, IReadOnlyList<byte[]> lines)
    {
        using var buffered = new BufferedStream(stream, 64 * 1024);
        foreach (var line in lines)
        {
            buffered.Write(line);
            buffered.WriteByte((byte)'\n');
        }
    }

    public static List<Envelope> Read(string ndjson) =>
        ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(NdjsonSerializer.Deserialize).ToList();
}
