using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Cli;
using Specs.Runner.Discovery;

namespace Specs.Runner.Reporting;

/// <summary>
/// Which shard of its run a `specs verify --shard i/n` stream holds, as one run-level JSON attachment: `specs merge` must
/// find every shard of the run exactly once (<see cref="EveryShardOnce"/>), and only the streams can tell it which shards
/// it was given; without it, the folder of one shard merged alone into a green report of half the scenarios. An
/// unsharded run attaches nothing, so its stream stays as it was; so does the stream `specs merge` writes, which is one
/// unsharded run's. Neither is a shard, and `specs merge` refuses a stream without the record (<see cref="ReadForMerge"/>).
/// <para>The record also names the scenarios the whole run selected, before sharding: how many, and a digest of their
/// pickles. Shards run with different paths, lines, --tags or --name share out different selections, so that every
/// shard of "1/2 and 2/2" can be present, disjoint and still leave scenarios that no shard ran.</para>
/// </summary>
public static class ShardAttachment
{
    /// <summary>The attachment's file name; its media type is application/json.</summary>
    public const string FileName = "specs-shard.json";

    /// <summary>The format of the body; a reader refuses a version it does not know.</summary>
    public const int Version = 1;

    /// <summary>
    /// The stream with the shard attached after testRunStarted and the other run-level attachments, when the run is
    /// sharded; <paramref name="selected"/> is what the run selected before sharding (<see cref="SelectionOf"/>).
    /// </summary>
    public static List<Envelope> Attach(List<Envelope> envelopes, Shard shard, ShardSelection selected)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        ArgumentNullException.ThrowIfNull(shard);
        ArgumentNullException.ThrowIfNull(selected);
        if (shard != Shard.Whole)
        {
            LivingDocs.RunAttachments.InsertAfterStart(envelopes, FileName, new JsonObject
            {
                ["version"] = Version,
                ["shard"] = shard.ToString(),
                ["selected"] = new JsonObject { ["scenarios"] = selected.Scenarios, ["digest"] = selected.Digest },
            }.ToJsonString());
        }

        return envelopes;
    }

    /// <summary>What a run selected before sharding: how many scenarios, and a digest of their pickles' ids in defined order.</summary>
    public static ShardSelection SelectionOf(IEnumerable<SelectedScenario> selectedBeforeSharding)
    {
        ArgumentNullException.ThrowIfNull(selectedBeforeSharding);
        var ordered = selectedBeforeSharding.OrderBy(scenario => scenario.DefinedPosition).ToList();
        var ids = Encoding.UTF8.GetBytes(string.Join('\n', ordered.Select(scenario => scenario.Pickle.Id)));
        return new ShardSelection(ordered.Count, Convert.ToHexStringLower(SHA256.HashData(ids))[..16]);
    }

    /// <summary>
    /// What the run of the stream of <paramref name="name"/> selected before sharding, or null when the stream records
    /// no shard or was written by a runner that did not record the selection.
    /// </summary>
    /// <exception cref="UsageException">the record is not JSON, has a version this runner does not read, or its selection is malformed.</exception>
    public static ShardSelection? ReadSelection(IReadOnlyList<Envelope> envelopes, string name)
    {
        if (ReadRecord(envelopes, name) is not { } record || record["selected"] is not { } selected)
        {
            return null;
        }

        return selected is JsonObject fields
            && fields["scenarios"] is JsonValue scenarios && scenarios.TryGetValue<int>(out var count) && count >= 0
            && fields["digest"] is JsonValue digest && digest.TryGetValue<string>(out var text)
            ? new ShardSelection(count, text)
            : throw new UsageException($"{name}: the shard record in the stream ({FileName}) names no selection of scenarios and digest: {selected.ToJsonString()}");
    }

    /// <summary>The shard the stream of <paramref name="name"/> (how a mistake names it) holds; <see cref="Shard.Whole"/> when it records none.</summary>
    /// <exception cref="UsageException">the record is not JSON, has a version this runner does not read, or names no shard i/n.</exception>
    public static Shard Read(IReadOnlyList<Envelope> envelopes, string name)
    {
        if (ReadRecord(envelopes, name) is not { } record)
        {
            return Shard.Whole;
        }

        return record["shard"] is JsonValue text && text.TryGetValue<string>(out var value) && Shard.TryParse(value, out var shard)
            ? shard
            : throw new UsageException($"{name}: the shard record in the stream ({FileName}) names no shard i/n: {record.ToJsonString()}");
    }

    /// <summary>
    /// The shard and the selection the stream of <paramref name="name"/> (its folder) records, as `specs merge` needs both.
    /// A stream without a record read as shard 1/1, an unsharded run, and so did the stream of a shard written before
    /// shards were recorded: that one shard merged alone into a green report of part of the run, read as all of it. The
    /// two cannot be told apart, and an unsharded run's reports are whole already, so a merge takes neither.
    /// </summary>
    /// <exception cref="UsageException">the stream records no shard, or a shard without the selection, or a record this runner cannot read.</exception>
    public static (Shard Shard, ShardSelection Selected) ReadForMerge(IReadOnlyList<Envelope> envelopes, string name)
    {
        if (ReadRecord(envelopes, name) is null)
        {
            throw new UsageException($"{name} was not written by `specs verify --shard i/n`: its stream records no shard ({FileName}). "
                + "A run without --shard is whole already, and a shard written before shards were recorded cannot be told from one, "
                + "so merged it would read as the whole run; merge the report folders of every shard of one `verify --shard i/n` run");
        }

        var selected = ReadSelection(envelopes, name)
            ?? throw new UsageException($"{name}: the shard record in the stream ({FileName}) names no selection of scenarios: it was written before "
                + "shards recorded what the whole run selected, so a merge cannot tell whether every selected scenario ran; run the shards again");
        return (Read(envelopes, name), selected);
    }

    private static JsonObject? ReadRecord(IReadOnlyList<Envelope> envelopes, string name)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        if (envelopes.FirstOrDefault(envelope => envelope.Attachment?.FileName == FileName)?.Attachment is not { } attachment)
        {
            return null;
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

        return record;
    }
}

/// <summary>The scenarios a sharded run selected before sharding: how many, and a digest of their pickles (<see cref="ShardAttachment.SelectionOf"/>).</summary>
public sealed record ShardSelection(int Scenarios, string Digest)
{
    /// <summary>"24 scenarios (digest 1f0c…)", as a refusal names it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Scenarios} {(Scenarios == 1 ? "scenario" : "scenarios")} (digest {Digest})");
}
