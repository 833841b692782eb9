using Reqnroll.Formatters.PayloadProcessing;
using Specs.Runner.Reporting;

namespace Specs.Runner.Tests.Reporting;

public sealed class CucumberMessagesJsonTests
{
    /// <summary>
    /// The compatibility kit's samples hold every kind of envelope (sources, documents, pickles, step definitions,
    /// hooks, parameter types, test cases, results of every status, attachments of every encoding, suggestions,
    /// undefined parameter types): each must come out byte for byte as Reqnroll's own serializer writes it.
    /// </summary>
    [Fact]
    public void Every_envelope_of_the_compatibility_kit_is_written_as_Reqnroll_writes_it()
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "cck"), "*.ndjson", SearchOption.AllDirectories);
        Assert.True(samples.Length >= 10, $"expected the compatibility kit's samples, found {samples.Length}");
        var envelopes = samples
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(NdjsonSerializer.Deserialize)
            .ToList();

        foreach (var envelope in envelopes)
        {
            Assert.Equal(NdjsonSerializer.Serialize(envelope), CucumberMessagesJson.Serialize(envelope));
        }

        Assert.Contains(envelopes, envelope => envelope.TestStepFinished is not null);
        Assert.Contains(envelopes, envelope => envelope.Attachment is not null);
    }
}
