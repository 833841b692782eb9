using System.IO.Hashing;
using Specs.Inventory.EventStore;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;
using Specs.Sim.Storage;

namespace Specs.Sim.Cluster;

/// <summary>
/// The invariants judged on the whole history once a run ended (those judged as events happen live in
/// <see cref="ClusterHistory"/>): no acknowledged command lost, exactly once in the final event log,
/// replicas converged, recovery equals replay. Numbering follows REFERENCE.md §5.
/// </summary>
public static class ClusterCheckers
{
    /// <summary>Checks the end of a run; <paramref name="quiescent"/> says whether the liveness phase reached quiescence.</summary>
    public static void CheckEnd(ClusterSimulation world, bool quiescent)
    {
        var history = world.History;
        var reference = world.Nodes.Where(node => node.IsUp).MaxBy(node => node.Replica!.LastApplied);
        if (reference is null)
        {
            return;
        }

        var events = EventKeys(reference.State);
        CheckAcknowledgedCommands(history, events, reference.Id);
        CheckExactlyOnce(history, events, reference.Id);
        if (!quiescent)
        {
            return;
        }

        CheckConvergence(world);
        CheckRecovery(world);
    }

    /// <summary>Invariant 3: every command a client was told was accepted holds its events, at the positions it was told.</summary>
    private static void CheckAcknowledgedCommands(ClusterHistory history, IReadOnlyList<string?> events, int reference)
    {
        foreach (var operation in history.Operations.Values.OrderBy(operation => operation.IdempotencyKey, StringComparer.Ordinal))
        {
            foreach (var (tick, node, answer) in operation.Answers)
            {
                var response = answer.Response!;
                if (response.Status != CommandStatus.Accepted || response.EventCount == 0)
                {
                    continue;
                }

                for (var position = response.FirstPosition; position <= response.LastPosition; position++)
                {
                    var key = position <= (ulong)events.Count ? events[(int)position - 1] : null;
                    if (key != operation.IdempotencyKey)
                    {
                        history.Fail(
                            "no-lost-ack",
                            $"key {operation.IdempotencyKey} was acknowledged by node {node} at {tick} ms as {ClusterHistory.Describe(response)}, but node {reference}'s log holds {(key is null ? "nothing" : "key " + key)} at position {position}");
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Invariant 5: each key's events form one run, the one its first answer named; invariant 4: no event of a key nobody issued.</summary>
    private static void CheckExactlyOnce(ClusterHistory history, IReadOnlyList<string?> events, int reference)
    {
        var ranges = new Dictionary<string, (ulong First, ulong Last, int Runs)>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var key = events[i];
            var position = (ulong)i + 1;
            if (key is null)
            {
                continue;
            }

            if (!history.Operations.ContainsKey(key))
            {
                history.Fail("no-phantom", $"node {reference}'s event at position {position} carries key {key}, which no client issued");
                continue;
            }

            ranges[key] = ranges.TryGetValue(key, out var range)
                ? (range.First, position, range.Last + 1 == position ? range.Runs : range.Runs + 1)
                : (position, position, 1);
        }

        foreach (var (key, range) in ranges.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var first = history.Operations[key].Answers.Select(answer => answer.Answer.Response!).FirstOrDefault();
            if (range.Runs > 1 || (first is not null && (first.FirstPosition != range.First || first.LastPosition != range.Last)))
            {
                history.Fail("exactly-once", $"key {key}: node {reference} holds its events at {range.First}..{range.Last} in {range.Runs} runs; the client was told {(first is null ? "nothing" : ClusterHistory.Describe(first))}");
            }
        }
    }

    /// <summary>Invariant 6: at quiescence every replica holds the same events.</summary>
    private static void CheckConvergence(ClusterSimulation world)
    {
        var hashes = world.Nodes.Select(node => (node.Id, Hash: ContentHash(node.State), Head: node.Replica!.EventHead)).ToList();
        var first = hashes[0];
        foreach (var other in hashes.Skip(1))
        {
            if (other.Hash != first.Hash || other.Head != first.Head)
            {
                world.History.Fail("convergence", $"at quiescence node {first.Id} has {first.Head} events (hash {first.Hash:x16}), node {other.Id} has {other.Head} (hash {other.Hash:x16})");
            }
        }
    }

    /// <summary>Invariant 7: every node's views equal a replay of its durable log.</summary>
    /// <remarks>
    /// Replaying is the cost of this check, and at quiescence the replicas' logs are usually identical: a
    /// node whose log is byte for byte the one already replayed (every position and record) is compared
    /// with that replay's result instead of replaying again. Each node's views are still compared in full.
    /// </remarks>
    private static void CheckRecovery(ClusterSimulation world)
    {
        SimulatedStore? replayedLog = null;
        ReplayExpectation? expectation = null;
        foreach (var node in world.Nodes)
        {
            using var read = node.State.BeginRead();
            if (replayedLog is null || !SameLog(replayedLog, read))
            {
                expectation = ReplayCheck.Expect(read, InventoryViews.All);
                replayedLog = node.State;
            }

            var report = ReplayCheck.Compare(read, expectation!, InventoryViews.All);
            if (!report.Matches)
            {
                world.History.Fail("recovery", $"node {node.Id}'s views differ from a replay of its log: {report.FirstDifference}");
            }
        }
    }

    /// <summary>Whether <paramref name="read"/> sees exactly the event log of <paramref name="store"/>: the same positions with the same bytes.</summary>
    private static bool SameLog(SimulatedStore store, IReadTransaction read)
    {
        using var other = store.BeginRead();
        using var left = EventLog.ReadAll(other);
        using var right = EventLog.ReadAll(read);
        while (true)
        {
            var hasLeft = left.MoveNext();
            if (hasLeft != right.MoveNext())
            {
                return false;
            }

            if (!hasLeft)
            {
                return true;
            }

            if (left.Position != right.Position || !left.Body.SequenceEqual(right.Body))
            {
                return false;
            }
        }
    }

    private static List<string?> EventKeys(SimulatedStore store)
    {
        var keys = new List<string?>();
        using var read = store.BeginRead();
        using var cursor = EventLog.ReadAll(read);
        while (cursor.MoveNext())
        {
            keys.Add(cursor.Record.IdempotencyKey);
        }

        return keys;
    }

    private static ulong ContentHash(SimulatedStore store)
    {
        var hash = new XxHash64();
        using var read = store.BeginRead();
        using var cursor = EventLog.ReadAll(read);
        while (cursor.MoveNext())
        {
            hash.Append(cursor.Body);
        }

        return hash.GetCurrentHashAsUInt64();
    }
}
