using Specs.Inventory.Ports;
using Specs.Inventory.Replication;
using Specs.Sim.Storage;

namespace Specs.Sim.Tests;

/// <summary>
/// A replica whose data folder was wiped forgot its term, so also every vote and acknowledgement it
/// gave. These drive one such node (node 2 of 3) by hand, message by message.
/// </summary>
public sealed class WipedReplicaTests
{
    // Seed 9 of the scenario target found this: the wiped node caught up from a deposed term-1 leader,
    // became a member in term 1, then voted in term 2 a second time, and term 2 had two leaders.
    [Fact]
    public void A_wiped_node_that_hears_a_deposed_leader_neither_acknowledges_nor_votes()
    {
        var node = WipedNode(out var outbox);

        node.Receive(new AppendEntries(1, 0, 0, 0, [NoOp(1, 1)], 1));
        node.Receive(new RequestVote(2, 1, 1, 1));

        Assert.DoesNotContain(outbox, sent => sent.Message is AppendAnswer { Success: true });
        Assert.DoesNotContain(outbox, sent => sent.Message is VoteAnswer { Granted: true });
        Assert.False(node.IsMember);
    }

    [Fact]
    public void A_wiped_node_asks_its_peers_for_their_terms()
    {
        WipedNode(out var outbox);

        Assert.Equal([0, 1], outbox.Where(sent => sent.Message is TermQuery).Select(sent => sent.To).Order());
    }

    [Fact]
    public void A_wiped_node_never_votes_again_in_the_highest_term_its_peers_report()
    {
        var node = WipedNode(out var outbox);
        node.Receive(new TermReport(2, 0, 3, 2));
        node.Receive(new TermReport(2, 1, 3, 2));

        node.Receive(new AppendEntries(1, 0, 0, 0, [NoOp(1, 1)], 1));
        node.Receive(new AppendEntries(2, 0, 0, 0, [NoOp(1, 1), NoOp(2, 2), NoOp(2, 3)], 3));
        node.Receive(new RequestVote(2, 1, 3, 2));

        Assert.Equal(2, node.Term);
        Assert.True(node.IsMember);
        Assert.Contains(outbox, sent => sent is { To: 0, Message: AppendAnswer { Term: 2, Success: false } });
        Assert.Contains(outbox, sent => sent is { To: 0, Message: AppendAnswer { Term: 2, Success: true, MatchIndex: 3 } });
        Assert.Contains(outbox, sent => sent is { To: 1, Message: VoteAnswer { Term: 2, Granted: false } });

        node.Receive(new RequestVote(3, 1, 3, 2));

        Assert.Contains(outbox, sent => sent is { To: 1, Message: VoteAnswer { Term: 3, Granted: true } });
    }

    [Fact]
    public void A_wiped_node_stays_a_non_member_until_its_committed_log_reaches_the_most_up_to_date_reported_log()
    {
        var node = WipedNode(out _);
        node.Receive(new TermReport(2, 0, 3, 2));
        node.Receive(new TermReport(2, 1, 2, 2));

        node.Receive(new AppendEntries(2, 1, 0, 0, [NoOp(1, 1), NoOp(2, 2)], 2));

        Assert.False(node.IsMember);

        node.Receive(new AppendEntries(2, 1, 2, 2, [NoOp(2, 3)], 3));

        Assert.True(node.IsMember);
    }

    // Seed 477 of the swarm: a deposed term-1 leader reported a log of 7 whose uncommitted tail the
    // term-5 leader later discarded. With no new requests the log never grew to 7, so a node that waited
    // for index 7 stayed a non-member for good. An entry committed in term 5, later than the most
    // up-to-date reported log's last term (3), comes from a leader that holds every earlier commit.
    [Fact]
    public void A_wiped_node_becomes_a_member_once_it_commits_an_entry_of_a_later_term_than_the_reported_logs()
    {
        var node = WipedNode(out var outbox);
        node.Receive(new TermReport(1, 0, 7, 1));
        node.Receive(new TermReport(4, 1, 2, 3));

        node.Receive(new AppendEntries(5, 1, 0, 0, [NoOp(1, 1), NoOp(3, 2)], 0));

        Assert.False(node.IsMember);

        node.Receive(new AppendEntries(5, 1, 2, 3, [NoOp(5, 3)], 3));

        Assert.True(node.IsMember);
        Assert.Equal(3, node.CommitIndex);
        node.Receive(new RequestVote(6, 1, 3, 5));
        Assert.Contains(outbox, sent => sent is { To: 1, Message: VoteAnswer { Term: 6, Granted: true } });
    }

    [Fact]
    public void A_wiped_node_that_commits_only_entries_older_than_the_most_up_to_date_reported_log_stays_a_non_member()
    {
        var node = WipedNode(out _);
        node.Receive(new TermReport(3, 0, 2, 3));
        node.Receive(new TermReport(3, 1, 4, 1));

        node.Receive(new AppendEntries(3, 0, 0, 0, [NoOp(1, 1)], 1));

        Assert.False(node.IsMember);
    }

    // Five nodes: candidate 0 may hold the lost vote for term 4 while peers 1, 3 and 4, which answer
    // first, have not heard of term 4 yet. Learning term 2 from that majority, the node could later grant
    // term 4 to candidate 1 while candidate 0 also wins it. Only candidate 0's own report tells it so.
    [Fact]
    public void A_wiped_node_in_a_five_node_cluster_waits_for_every_peer_before_it_votes()
    {
        var node = WipedNode(out var outbox, members: [0, 1, 2, 3, 4]);
        node.Receive(new TermReport(2, 1, 1, 1));
        node.Receive(new TermReport(2, 3, 1, 1));
        node.Receive(new TermReport(2, 4, 1, 1));
        node.Receive(new AppendEntries(2, 1, 0, 0, [NoOp(1, 1), NoOp(2, 2)], 2));
        node.Receive(new RequestVote(4, 1, 2, 2));

        Assert.DoesNotContain(outbox, sent => sent.Message is VoteAnswer { Granted: true });
        Assert.False(node.IsMember);

        node.Receive(new TermReport(4, 0, 1, 1));
        node.Receive(new RequestVote(4, 1, 2, 2));

        Assert.Equal(4, node.Term);
        Assert.DoesNotContain(outbox, sent => sent.Message is VoteAnswer { Term: 4, Granted: true });
    }

    private static LogEntry NoOp(long term, long index) =>
        LogEntry.Create(term, index, SimulatedNodeClock.Now, LogEntryKind.LeaderNoOp, null, null);

    private static ReplicaNode WipedNode(out List<(int To, ReplicationMessage Message)> outbox, int[]? members = null)
    {
        var sent = new List<(int To, ReplicationMessage Message)>();
        var ports = new ReplicaPorts(
            new RecordingTransport(sent),
            new IgnoredTimers(),
            new SimulatedNodeClock(),
            new SplitMix64(9),
            new SimulatedStore(name: "node 2 journal"),
            new SimulatedStore(name: "node 2 state"));
        var node = new ReplicaNode(2, members ?? [0, 1, 2], ports);
        node.Start(bootstrap: false);
        outbox = sent;
        return node;
    }

    private sealed class RecordingTransport(List<(int To, ReplicationMessage Message)> sent) : IReplicationTransport
    {
        public void Send(int to, ReplicationMessage message) => sent.Add((to, message));
    }

    private sealed class IgnoredTimers : IReplicaTimers
    {
        public void Schedule(ReplicaTimer timer, long delayMs)
        {
        }
    }

    private sealed class SimulatedNodeClock : IClock
    {
        public const long Now = 1_767_225_600_000;

        public long NowUnixMs => Now;
    }
}
