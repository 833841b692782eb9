using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;

namespace Specs.Inventory.Replication;

/// <summary>
/// The protocol's vocabulary: everything nodes and clients say to each other. Every message between
/// nodes carries the sender's term (epoch): a higher term deposes the receiver, a lower one is refused.
/// </summary>
public abstract record ReplicationMessage;

/// <summary>A candidate asks for a vote in <paramref name="Term"/>; its log's end lets voters refuse a candidate behind them.</summary>
public sealed record RequestVote(long Term, int Candidate, long LastLogIndex, long LastLogTerm) : ReplicationMessage;

/// <summary>A voter's answer.</summary>
public sealed record VoteAnswer(long Term, int Voter, bool Granted) : ReplicationMessage;

/// <summary>
/// The leader streams its log: the entries after <paramref name="PreviousIndex"/> (which must hold an
/// entry of <paramref name="PreviousTerm"/> on the follower), and how far the log is committed.
/// With no entries it is the heartbeat.
/// </summary>
public sealed record AppendEntries(long Term, int Leader, long PreviousIndex, long PreviousTerm, IReadOnlyList<LogEntry> Entries, long LeaderCommit)
    : ReplicationMessage
{
    /// <summary>Lists the entry range instead of the entries (traces and hashes).</summary>
    public override string ToString() =>
        $"AppendEntries(t{Term} from {Leader} prev {PreviousIndex}@t{PreviousTerm} entries {Entries.Count}{(Entries.Count > 0 ? $" [{Entries[0].Index}..{Entries[^1].Index}]" : string.Empty)} commit {LeaderCommit})";
}

/// <summary>A follower's answer: on success, the last index it holds durably that matches the leader.</summary>
/// <param name="Term">The follower's term.</param>
/// <param name="Follower">Who answers.</param>
/// <param name="Success">Whether the entries were appended.</param>
/// <param name="MatchIndex">On success, the last index matching the leader; on failure, where the leader should retry from (a hint).</param>
public sealed record AppendAnswer(long Term, int Follower, bool Success, long MatchIndex) : ReplicationMessage;

/// <summary>
/// A node that lost its data (wiped, or a corrupt journal record) asks a peer for its term. It forgot
/// which terms it voted and acknowledged in; a majority's answers bound them (<see cref="TermReport"/>).
/// </summary>
/// <param name="From">Who asks.</param>
public sealed record TermQuery(int From) : ReplicationMessage;

/// <summary>A peer's answer to <see cref="TermQuery"/>: its durable term and the end of its log.</summary>
/// <param name="Term">The answering node's term (synced: terms are synced before they are acted on).</param>
/// <param name="From">Who answers.</param>
/// <param name="LastIndex">The answering node's last log index.</param>
/// <param name="LastTerm">The term of the answering node's last log entry (0 for an empty log).</param>
public sealed record TermReport(long Term, int From, long LastIndex, long LastTerm) : ReplicationMessage;

/// <summary>A client's command, sent (and resent, with the same key) until a definite answer comes.</summary>
/// <param name="Client">The client's address.</param>
/// <param name="RequestId">The client's number for this request (its retries share it).</param>
/// <param name="IdempotencyKey">Makes retries exactly once, also across fail-over.</param>
/// <param name="Command">The command.</param>
/// <param name="Attempt">1 for the first send, then 2, 3... (traces and coverage only).</param>
public sealed record ClientCommand(int Client, long RequestId, string IdempotencyKey, ICommandContract Command, int Attempt) : ReplicationMessage
{
    /// <summary>Names the command type instead of printing it whole.</summary>
    public override string ToString() => $"ClientCommand(client {Client} request {RequestId} key {IdempotencyKey} attempt {Attempt} {Command.GetType().Name})";
}

/// <summary>
/// A node's answer to a client. Definite when <paramref name="Response"/> is set: the command was
/// committed by a majority and decided. Otherwise the node is not the leader (any more), and
/// <paramref name="LeaderHint"/> says who it believes leads (-1: unknown); the client retries.
/// </summary>
public sealed record ClientAnswer(long RequestId, string IdempotencyKey, CommandResponse? Response, bool IsRepeat, int LeaderHint, long Term) : ReplicationMessage
{
    /// <summary>Whether the answer ends the request.</summary>
    public bool IsDefinite => Response is not null;

    /// <summary>
    /// Says what the client learns: the response, or that it must retry and where. The record's own text printed
    /// "Response = ," for every redirect, and the timeline cut off the leader hint that mattered.
    /// </summary>
    public override string ToString()
    {
        var outcome = Response is not { } response
            ? (LeaderHint < 0 ? "not decided here, leader unknown" : $"not decided here, retry at node {LeaderHint}")
            : response.Status == CommandStatus.Accepted
                ? $"Accepted {response.EventCount} events [{response.FirstPosition}..{response.LastPosition}] on {response.Stream}"
                : $"{response.Status}{(response.Refusal is null ? string.Empty : " " + response.Refusal.GetType().Name)}";
        return $"ClientAnswer(request {RequestId} key {IdempotencyKey} t{Term}: {outcome}{(IsRepeat ? ", a repeat" : string.Empty)})";
    }
}
