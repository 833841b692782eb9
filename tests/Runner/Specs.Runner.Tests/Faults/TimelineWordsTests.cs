using Specs.Inventory.Pipeline;
using Specs.Inventory.Replication;
using Specs.Runner.Simulation;
using Specs.Sim.Cluster;

namespace Specs.Runner.Tests.Faults;

/// <summary>
/// The words of a failure's timeline (faults.md): a client's answer and a fault say what happened. They printed the
/// records' own text, "ClientAnswer { …, Response = , IsRepeat = False, …" and "PowerLoss at 2599 node -1 peer 0 for 1
/// mask 0 value 0", which a reader who did not write the simulator could not read.
/// </summary>
public sealed class TimelineWordsTests
{
    [Fact]
    public void A_redirect_says_where_the_client_retries_instead_of_an_empty_response()
    {
        var answer = new ClientAnswer(14, "c1-r14", Response: null, IsRepeat: false, LeaderHint: 2, Term: 1);

        Assert.Equal("ClientAnswer(request 14 key c1-r14 t1: not decided here, retry at node 2)", answer.ToString());
    }

    [Fact]
    public void A_definite_answer_says_what_was_decided_and_whether_it_was_a_repeat()
    {
        var answer = new ClientAnswer(3, "c0-r3", CommandResponse.Accepted("product/sku-0-1", 1, 3, 3, 1), IsRepeat: true, LeaderHint: 0, Term: 2);

        Assert.Equal("ClientAnswer(request 3 key c0-r3 t2: Accepted 1 events [3..3] on product/sku-0-1, a repeat)", answer.ToString());
    }

    [Theory]
    [InlineData(FaultKind.PowerLoss, -1, 0, 1, 0, "power lost on every node (unsynced commits lost), restarts after 1 ms")]
    [InlineData(FaultKind.ClogLink, 0, 2, 898, 0, "node 0 -> node 2 clogged (messages held) for 898 ms")]
    [InlineData(FaultKind.SplitCluster, -1, -1, 500, 0b101, "cluster split: nodes 0, 2 cut from the rest for 500 ms")]
    [InlineData(FaultKind.MessageDrop, 1, 0, 0, 0, "message #7 node 1 -> node 0 dropped")]
    public void A_fault_is_told_by_what_it_does_to_which_node(FaultKind kind, int node, int peer, long duration, int mask, string expected)
    {
        var fault = new FaultEntry { Kind = kind, At = 100, Node = node, Peer = peer, Duration = duration, Mask = mask, Sequence = 7 };

        Assert.Equal(expected, FaultWords.Describe(fault));
    }
}
