using Io.Cucumber.Messages.Types;
using Specs.Runner.Cli;
using Specs.Runner.Discovery;

namespace Specs.Runner.Reporting;

/// <summary>
/// Combines the canonical message streams of the shards of one `specs verify --shard i/n` run (any target,
/// `--target sim` included) into the stream one unsharded run would have written: the same features,
/// pickles, step definitions and hooks, and every shard's test cases in the corpus's defined order.
/// </summary>
/// <remarks>
/// <para>Every shard's stream carries every parsed feature (selected or not), the bindings and the hooks
/// once, each with derived ids; only the test cases differ, because a shard takes every n-th selected
/// scenario. So the merged stream is the first shard's prefix (everything before <c>testRunStarted</c>),
/// then the test cases of all shards ordered as the pickles are, then the run's end. Shards must share
/// that prefix (the same corpus and bindings) and run disjoint scenarios, or they are not shards of one run:
/// both are the user's mistake, named with the shard. They must also be every shard of one split, each once, as each
/// stream records it (<see cref="ShardAttachment"/>, <see cref="EveryShardOnce"/>).</para>
/// <para>The run started when the first shard did and finished when the last did; it succeeded only if
/// every shard did. Run-level attachments (the contract catalog, right after <c>testRunStarted</c>) are kept
/// once each. Test-run hooks ran once per shard; their ids, derived from the hook and its position,
/// are made distinct per shard so the merged stream stays well formed.</para>
/// </remarks>
public static class ShardStreamMerge
{
    /// <summary>The merged stream of the named shards' streams (the name is how a mistake is reported).</summary>
    /// <exception cref="UsageException">the streams are not shards of one run.</exception>
    public static List<Envelope> Merge(IReadOnlyList<(string Name, IReadOnlyList<Envelope> Envelopes)> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0)
        {
            throw new UsageException("no message streams to merge");
        }

        var parts = shards.Select(shard => Split(shard.Name, shard.Envelopes)).ToList();
        // Which shard each stream holds, and what its run selected: a stream that records neither is not a shard.
        var records = shards.Select(shard => (shard.Name, Record: ShardAttachment.ReadForMerge(shard.Envelopes, shard.Name))).ToList();
        var first = parts[0];
        var prefixLines = first.Prefix.Select(envelope => NdjsonReport.Serialize(envelope)).ToList();
        foreach (var part in parts.Skip(1))
        {
            // The meta line carries the machine it ran on, which may differ between CI jobs; the corpus must not.
            var lines = part.Prefix.Where(envelope => envelope.Meta is null).Select(envelope => NdjsonReport.Serialize(envelope)).ToList();
            if (!lines.SequenceEqual(prefixLines.Where((_, i) => first.Prefix[i].Meta is null)))
            {
                throw new UsageException($"{part.Name} and {first.Name} did not parse the same features or load the same step definitions: "
                    + "they are not shards of one run (run every shard on the same commit with the same paths and --steps)");
            }
        }

        // Disjoint shards of one split that leave one out would otherwise merge into a report of part of the run that
        // reads as all of it.
        EveryShardOnce.Require(records.Select(shard => (shard.Record.Shard.ToString(), (string?)shard.Name)).ToList(), "scenarios");
        RequireOneSelection(records.Select(shard => (shard.Name, shard.Record.Selected)).ToList());
        var pickleOrder = first.Prefix.Where(envelope => envelope.Pickle is not null)
            .Select((envelope, index) => (envelope.Pickle!.Id, index))
            .ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var testCases = new List<(int Order, List<Envelope> Envelopes)>();
        foreach (var part in parts)
        {
            foreach (var testCase in part.TestCases)
            {
                var pickleId = testCase[0].TestCase!.PickleId;
                if (!owners.TryAdd(pickleId, part.Name))
                {
                    throw new UsageException($"{part.Name} and {owners[pickleId]} both ran the scenario of pickle {pickleId}: "
                        + "shards of one run are disjoint (give each job its own --shard i/n, or merge each run's shards separately)");
                }

                testCases.Add((pickleOrder.GetValueOrDefault(pickleId, int.MaxValue), testCase));
            }
        }

        var merged = new List<Envelope>(first.Prefix);
        var starts = parts.Select(part => part.Started.TestRunStarted!).ToList();
        var started = starts.MinBy(start => (start.Timestamp.Seconds, start.Timestamp.Nanos))!;
        merged.Add(Envelope.Create(new TestRunStarted(started.Timestamp, started.Id)));
        // Run-level attachments (the contract catalog) describe the system, not a shard: each distinct one once. The
        // shards' records of which shard they hold are left out: the merged stream is one unsharded run's.
        merged.AddRange(parts.SelectMany(part => part.RunAttachments)
            .Where(envelope => envelope.Attachment!.FileName != ShardAttachment.FileName)
            .DistinctBy(envelope => NdjsonReport.Serialize(envelope), StringComparer.Ordinal));
        merged.AddRange(parts.SelectMany((part, shard) => RunHooks(part.HooksBefore, shard)));
        merged.AddRange(testCases.OrderBy(testCase => testCase.Order).SelectMany(testCase => testCase.Envelopes));
        merged.AddRange(parts.SelectMany((part, shard) => RunHooks(part.HooksAfter, shard)));
        var finishes = parts.Select(part => part.Finished.TestRunFinished!).ToList();
        var last = finishes.MaxBy(finish => (finish.Timestamp.Seconds, finish.Timestamp.Nanos))!;
        var messages = finishes.Select(finish => finish.Message).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        merged.Add(Envelope.Create(new TestRunFinished(
            messages.Count == 0 ? null : string.Join("; ", messages),
            finishes.All(finish => finish.Success),
            last.Timestamp,
            finishes.Select(finish => finish.Exception).FirstOrDefault(exception => exception is not null),
            last.TestRunStartedId)));
        return merged;
    }

    /// <summary>
    /// Shards run with other paths, lines, --tags or --name share out another selection: each can be disjoint from the
    /// others and every i/n present, and still scenarios of the run that no shard took go missing without a word.
    /// </summary>
    private static void RequireOneSelection(IReadOnlyList<(string Name, ShardSelection Selection)> recorded)
    {
        if (recorded.FirstOrDefault(shard => shard.Selection != recorded[0].Selection) is ({ } other, { } selection))
        {
            throw new UsageException($"{recorded[0].Name} and {other} selected different scenarios before sharding ({recorded[0].Selection} and {selection}): "
                + "they are not shards of one run (give every shard the same paths, lines, --tags and --name)");
        }
    }

    /// <summary>One shard's stream in its parts; anything else is not a stream `specs verify` wrote.</summary>
    private static ShardParts Split(string name, IReadOnlyList<Envelope> envelopes)
    {
        var startIndex = FindIndex(envelopes, envelope => envelope.TestRunStarted is not null);
        var finishIndex = FindIndex(envelopes, envelope => envelope.TestRunFinished is not null);
        if (startIndex < 0 || finishIndex < startIndex)
        {
            throw new UsageException($"{name}: the stream has no testRunStarted and testRunFinished (an interrupted run?); merge finished runs only");
        }

        var parts = new ShardParts(name, envelopes.Take(startIndex).ToList(), envelopes[startIndex], envelopes[finishIndex]);
        List<Envelope>? current = null;
        foreach (var envelope in envelopes.Skip(startIndex + 1).Take(finishIndex - startIndex - 1))
        {
            if (envelope.TestCase is not null)
            {
                current = [envelope];
                parts.TestCases.Add(current);
            }
            else if (envelope.TestRunHookStarted is not null || envelope.TestRunHookFinished is not null)
            {
                (parts.TestCases.Count == 0 ? parts.HooksBefore : parts.HooksAfter).Add(envelope);
                current = null;
            }
            else if (current is not null)
            {
                current.Add(envelope);
            }
            else if (envelope.Attachment is { TestCaseStartedId: null } && parts.TestCases.Count == 0)
            {
                parts.RunAttachments.Add(envelope);
            }
            else
            {
                throw new UsageException($"{name}: a {Describe(envelope)} message outside any test case; is it a cucumber.ndjson of `specs verify`?");
            }
        }

        return parts;
    }

    /// <summary>A shard's test-run hooks, their ids made distinct per shard (each shard ran them once).</summary>
    private static IEnumerable<Envelope> RunHooks(IEnumerable<Envelope> hooks, int shard)
    {
        string Id(string id) => shard == 0 ? id : StableId.From("testRunHook", id, shard.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var envelope in hooks)
        {
            yield return envelope switch
            {
                { TestRunHookStarted: { } hook } => Envelope.Create(new TestRunHookStarted(Id(hook.Id), hook.TestRunStartedId, hook.HookId, hook.WorkerId, hook.Timestamp)),
                { TestRunHookFinished: { } hook } => Envelope.Create(new TestRunHookFinished(Id(hook.TestRunHookStartedId), hook.Result, hook.Timestamp)),
                _ => envelope,
            };
        }
    }

    private static int FindIndex(IReadOnlyList<Envelope> envelopes, Func<Envelope, bool> match)
    {
        for (var i = 0; i < envelopes.Count; i++)
        {
            if (match(envelopes[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(Envelope envelope) =>
        NdjsonReport.Serialize(envelope).Split('"', 3) is [_, var kind, ..] ? kind : "message";

    private sealed record ShardParts(string Name, List<Envelope> Prefix, Envelope Started, Envelope Finished)
    {
        public List<Envelope> RunAttachments { get; } = [];

        public List<Envelope> HooksBefore { get; } = [];

        public List<Envelope> HooksAfter { get; } = [];

        public List<List<Envelope>> TestCases { get; } = [];
    }
}
