using System.Buffers.Binary;
using System.IO.Hashing;
using Google.FlatBuffers;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Wire;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Replication;

namespace Specs.Sim.Cluster;

/// <summary>
/// The complete history of a run, as the checkers see it: every client operation, and what every node
/// reported (terms, leaders, appends, truncations, commits, applications). Invariants that can be judged
/// the moment something happens are judged here, so a violation names the event that broke it.
/// </summary>
/// <remarks>The history only records; it never changes what a node does.</remarks>
public sealed class ClusterHistory(Func<long> now) : IReplicaObserver
{
    // The first application of each index; the entry itself is kept, and printed only if a violation needs it.
    private readonly Dictionary<long, (ulong Checksum, int Node, LogEntry Entry)> _canonical = [];
    private readonly Dictionary<int, long> _terms = [];
    private readonly Dictionary<long, int> _leaders = [];
    private readonly Dictionary<string, (CommandResponse Response, int Node, long Index)> _firstResponses = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _recoveryTargets = [];
    // By client and request number, which name one issued operation: hashing the operation object by reference
    // took the runtime's slow path on every look-up, 7% of a simulated run's samples (docs/benchmarks.md §10).
    private readonly Dictionary<(int Client, long RequestId), ulong> _issuedDigests = [];
    private readonly FlatBufferBuilder _digestBuilder = new(256);
    private readonly XxHash64 _digestHash = new();

    /// <summary>Every client operation, by idempotency key.</summary>
    public Dictionary<string, ClientOperation> Operations { get; } = new(StringComparer.Ordinal);

    /// <summary>Violations seen while the run went on.</summary>
    public List<InvariantViolation> Violations { get; } = [];

    /// <summary>Probes reached.</summary>
    public CoverageProbe Probes { get; set; }

    /// <summary>Leaders elected, by term.</summary>
    public IReadOnlyDictionary<long, int> Leaders => _leaders;

    /// <summary>Applications observed (on all nodes, re-applications included).</summary>
    public long Applications { get; private set; }

    /// <summary>Called when an election completes while requests are open.</summary>
    public Action<int, long>? OnLeaderElected { get; set; }

    /// <summary>Called when a node rejoins as a voting member.</summary>
    public Action<int>? OnMember { get; set; }

    /// <summary>A digest of a command's identity: contract id and bytes (phantom detection).</summary>
    /// <remarks>
    /// One builder and one hasher serve every digest of the run: a command applied from a decoded entry (after a
    /// restart, or sent on from a journal) is digested on every replica that applies it, and a new builder, its
    /// buffer, a copy of the bytes and the hasher per digest were a fifth of what judging an application cost.
    /// </remarks>
    private ulong DigestOf(ICommandContract command)
    {
        _digestBuilder.Clear();
        _digestBuilder.Finish(command.WriteTo(_digestBuilder));
        Span<byte> contractId = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(contractId, command.ContractId);
        _digestHash.Reset();
        _digestHash.Append(contractId);
        _digestHash.Append(ContractWriter.Finished(_digestBuilder));
        return _digestHash.GetCurrentHashAsUInt64();
    }

    /// <summary>After power loss dropped applied commits on <paramref name="node"/>: the probe is reached once it applies <paramref name="index"/> again.</summary>
    public void ExpectRecovery(int node, long index) => _recoveryTargets[node] = index;

    /// <summary>The node's disk was wiped: its term starts again from zero, legitimately.</summary>
    public void ForgetTerm(int node) => _terms.Remove(node);

    public void TermChanged(int node, long term)
    {
        if (_terms.TryGetValue(node, out var previous) && term <= previous)
        {
            Fail("canonical-history", $"node {node}'s term went from {previous} to {term}: epochs must only increase");
        }

        _terms[node] = term;
    }

    public void BecameLeader(int node, long term)
    {
        if (_leaders.TryGetValue(term, out var other) && other != node)
        {
            Fail("fencing", $"nodes {other} and {node} both became leader of term {term}");
        }

        var earlier = _leaders.Count > 0;
        _leaders[term] = node;
        if (earlier)
        {
            OnLeaderElected?.Invoke(node, term);
        }
    }

    public void Appended(int node, LogEntry entry)
    {
        // Only the leader of a term creates entries of that term: anything else was forged or misrouted.
        if (!_leaders.ContainsKey(entry.Term))
        {
            Fail("fencing", $"node {node} appended {entry} of term {entry.Term}, which had no elected leader");
        }
    }

    public void Truncated(int node, long fromIndex)
    {
    }

    public void Committed(int node, long commitIndex)
    {
    }

    public void Applied(int node, LogEntry entry, CommandResponse? response, bool isRepeat)
    {
        Applications++;
        if (_canonical.TryGetValue(entry.Index, out var known))
        {
            if (known.Checksum != entry.Checksum)
            {
                Fail("canonical-history", $"split brain at index {entry.Index}: node {known.Node} applied {known.Entry}, node {node} applied {entry}");
            }
        }
        else
        {
            _canonical[entry.Index] = (entry.Checksum, node, entry);
        }

        if (_recoveryTargets.TryGetValue(node, out var target) && entry.Index >= target)
        {
            Probes |= CoverageProbe.UnsyncedCommitLostAndRecovered;
            _recoveryTargets.Remove(node);
        }

        if (entry.Kind != LogEntryKind.Command || response is null)
        {
            return;
        }

        var key = entry.IdempotencyKey!;
        // The same command object needs no digest (in the simulation the entry usually carries the very
        // object the client sent); a decoded copy (after a restart) is compared by its bytes.
        if (!Operations.TryGetValue(key, out var operation)
            || (!ReferenceEquals(operation.Command, entry.Command) && IssuedDigest(operation) != DigestOf(entry.Command!)))
        {
            Fail("no-phantom", $"node {node} applied {entry}, which no client issued");
            return;
        }

        if (!_firstResponses.TryGetValue(key, out var first))
        {
            _firstResponses[key] = (response, node, entry.Index);
        }
        else if (!SameOutcome(first.Response, response))
        {
            Fail("exactly-once", $"key {key}: node {first.Node} decided {Describe(first.Response)} at entry {first.Index}, node {node} decided {Describe(response)} at entry {entry.Index}{(isRepeat ? " (as a repeat)" : string.Empty)}");
        }
    }

    public void BecameMember(int node)
    {
        OnMember?.Invoke(node);
    }

    // The digest of what the client issued, computed once per issued operation (not per key: a key issued
    // again is a new operation): every replica decodes its own copy of the command after a restart, and each
    // copy is compared with the same issued command.
    private ulong IssuedDigest(ClientOperation operation)
    {
        if (!_issuedDigests.TryGetValue((operation.Client, operation.RequestId), out var digest))
        {
            digest = DigestOf(operation.Command);
            _issuedDigests[(operation.Client, operation.RequestId)] = digest;
        }

        return digest;
    }

    /// <summary>Whether two responses tell the client the same thing.</summary>
    public static bool SameOutcome(CommandResponse a, CommandResponse b) =>
        a.Status == b.Status && a.EventCount == b.EventCount && a.FirstPosition == b.FirstPosition && a.LastPosition == b.LastPosition
        && a.StreamVersion == b.StreamVersion && a.Stream == b.Stream && a.Refusal?.GetType() == b.Refusal?.GetType();

    /// <summary>A response in one line.</summary>
    public static string Describe(CommandResponse response) =>
        response.Status == CommandStatus.Accepted
            ? $"Accepted {response.EventCount} events [{response.FirstPosition}..{response.LastPosition}] on {response.Stream}"
            : $"{response.Status}{(response.Refusal is null ? string.Empty : " " + response.Refusal.GetType().Name)}";

    /// <summary>Records a violation found now.</summary>
    public void Fail(string invariant, string detail) => Violations.Add(new InvariantViolation(invariant, now(), detail));
}
