using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Cli;
using Specs.Runner.Discovery;

namespace Specs.Runner.Reporting;

/// <summary>
/// Which shard of its run a `specs verify --shard i/n` stream holds, as one run-level JSON attachment: `specs merge` must
/// find every shard of the run exactly once (<see cref="EveryShardOnce"/>), and only the streams can tell it which shards
/// it was given; without it, the folder of one shard merged alone into a green report of half the scenarios. An
/// unsharded run attaches nothing, so its stream stays as it was, and reads as shard 1/1; so does the stream `specs merge`
/// writes, which is one unsharded run's.
/// </summary>
public static class ShardAttachment
{
    /// <summary>The attachment's file name; its media type is application/json.</summary>
    public const string FileName = "specs-shard.json";

    /// <summary>The format of the body; a reader refuses a version it does not know.</summary>
    public const int Version = 1;

    /// <summary>The stream with the shard attached after testRunStarted and the other run-level attachments, when the run is sharded.</summary>
    public static List<Envelope> Attach(List<Envelope> envelopes, Shard shard)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        ArgumentNullException.ThrowIfNull(shard);
        if (shard != Shard.Whole)
        {
            LivingDocs.RunAttachments.InsertAfterStart(envelopes, FileName, new JsonObject
            {
                ["version"] = Version,
                ["shard"] = shard.ToString(),
            }.ToJsonString());
        }

        return envelopes;
    }

    /// <summary>The shard the stream of <paramref name="name"/> (how a mistake names it) holds; <see cref="Shard.Whole"/> when it records none.</summary>
    /// <exception cref="UsageException">the record is not JSON, has a version this runner does not read, or names no shard i/n.</exception>
    public static Shard Read(IReadOnlyList<Envelope> envelopes, string name)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        if (envelopes.FirstOrDefault(envelope => envelope.Attachment?.FileName == FileName)?.Attachment is not { } attachment)
        {
            return Shard.Whole;
        }

        JsonObject? record;
        try
        {
            record = JsonNode.Parse(attachment.Body) as JsonObject;
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new UsageException($"{name}: the shard record in the stream ({FileName}) is not JSON: {error.Message}");
        }

        if (record?["version"] is not JsonValue version || !version.TryGetValue<int>(out var number) || number != Version)
        {
            throw new UsageException($"{name}: the shard record in the stream ({FileName}) has version {record?["version"]?.ToJsonString() ?? "none"}; this runner reads version {Version}");
        }

        return record["shard"] is JsonValue text && text.TryGetValue<string>(out var value) && Shard.TryParse(value, out var shard)
            ? shard
            : throw new UsageException($"{name}: the shard record in the stream ({FileName}) names no shard i/n: {attachment.Body}");
    }
}
