using Specs.Inventory.Ports;
using Specs.Inventory.Replication;
using Specs.Sim.Cluster;
using Specs.Sim.Storage;

namespace Specs.Sim.Tests;

/// <summary>A node started on another node's data folder refuses to start; the cluster stays safe and the node rejoins after a wipe.</summary>
public sealed class ForeignDataTests
{
    [Fact]
    public void A_node_refuses_to_start_on_a_journal_that_belongs_to_another_node()
    {
        var journal = new SimulatedStore(name: "node 0's journal");
        new ReplicaNode(0, [0, 1, 2], Ports(journal)).Start(bootstrap: true);

        var refused = Assert.Throws<ForeignDataException>(() => new ReplicaNode(1, [0, 1, 2], Ports(journal)).Start(bootstrap: true));

        Assert.Equal(1, refused.NodeId);
        Assert.Equal(0, refused.Owner);
        Assert.Contains("node 1 refuses to start: its data folder belongs to node 0", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_restarts_on_its_own_journal()
    {
        var journal = new SimulatedStore(name: "node 1's journal");
        new ReplicaNode(1, [0, 1, 2], Ports(journal)).Start(bootstrap: true);

        var again = new ReplicaNode(1, [0, 1, 2], Ports(journal));
        again.Start(bootstrap: true);

        Assert.Equal(1, again.Journal.Owner);
        Assert.True(again.IsMember);
    }

    [Fact]
    public void A_swapped_in_disk_is_refused_and_the_node_rejoins_after_the_wipe_with_every_invariant_holding()
    {
        var schedule = new FaultSchedule
        {
            Seed = 2,
            Faults = [new FaultEntry { Kind = FaultKind.ForeignData, At = 2_000, Node = 1, Peer = 0, Duration = 500 }],
        };

        var run = ClusterSimulation.Run(2, new SimulationRunOptions { Schedule = schedule });

        Assert.True(run.Passed, string.Join("; ", run.Violations));
        Assert.True(run.Probes.HasFlag(CoverageProbe.ForeignDataRefused));
        Assert.True(run.Probes.HasFlag(CoverageProbe.WipedNodeRejoined));
    }

    private static ReplicaPorts Ports(SimulatedStore journal) => new(
        new NoTransport(),
        new NoTimers(),
        new FixedClock(),
        new SplitMix64(3),
        journal,
        new SimulatedStore(name: "state"));

    private sealed class NoTransport : IReplicationTransport
    {
        public void Send(int to, ReplicationMessage message)
        {
        }
    }

    private sealed class NoTimers : IReplicaTimers
    {
        public void Schedule(ReplicaTimer timer, long delayMs)
        {
        }
    }

    private sealed class FixedClock : IClock
    {
        public long NowUnixMs => 1_767_225_600_000;
    }
}
