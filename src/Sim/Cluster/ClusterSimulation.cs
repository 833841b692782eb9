using Specs.Inventory.Diagnostics;
using Specs.Inventory.Ports;
using Specs.Inventory.Replication;

namespace Specs.Sim.Cluster;

/// <summary>
/// The simulated world: a whole cluster, its clients, network and disks on one thread, in virtual time.
/// Every happening is an event in one priority queue ordered by (due tick, sequence); nothing else
/// moves the world, so a seed (or a seed and a fault schedule) determines the run event for event.
/// </summary>
/// <remarks>
/// A run has two phases, as TigerBeetle's VOPR: chaos (faults on, clients busy) until the configured
/// tick, then the cluster is healed, faults stop and no new requests start; every open request must then
/// complete and the replicas converge within the liveness bound. The checkers then judge the history.
/// </remarks>
public sealed class ClusterSimulation
{
    /// <summary>Clients' addresses start here; nodes are 0..n-1.</summary>
    public const int ClientAddressBase = 1000;

    /// <summary>A node that halted (fault point, refused commit) restarts after this long.</summary>
    public const long HaltRestartTicks = 400;

    private const long QuiescenceCheckTicks = 100;

    private readonly EventQueue _queue = new();
    private readonly DeterminismTrace _trace;
    private readonly TracedRandom _network;
    private readonly Dictionary<(int From, int To), long> _linkSequences = [];
    private readonly Dictionary<(int From, int To), int> _cuts = [];
    private readonly Dictionary<(int From, int To), long> _clogUntil = [];
    private readonly List<long> _failovers = [];
    private long _leaderLostAt = -1;
    private int _lostLeader = -1;
    private long _lastLeaderCrashAt = -1;
    private bool _quiescent;
    private bool _stopped;
    private long _messagesSent;
    private long _messagesDropped;
    private int _crashes;

    private ClusterSimulation(ulong seed, SimulationRunOptions options)
    {
        Seed = seed;
        Script = options.Script;
        Decisions = options.Decisions;
        var configuration = SwarmConfiguration.FromSeed(seed, options.Bugs);
        configuration = options.Adjust?.Invoke(configuration) ?? configuration;
        Configuration = options.Schedule?.Apply(configuration) ?? configuration;
        _trace = new DeterminismTrace(options.RecordTrace);
        Plan = new FaultPlan(seed, Configuration, options.Schedule);
        Schedule = options.Schedule;
        History = new ClusterHistory(() => Now);
        _network = Stream(3);
        var members = Enumerable.Range(0, Configuration.NodeCount).ToList();
        Nodes = members.Select(id => new SimulatedNode(this, id, members, Configuration.ClockDriftPpm[id], Stream(100 + (ulong)id))).ToList();
        Clients = Enumerable.Range(0, Configuration.ClientCount)
            .Select(index => new SimulatedClient(this, index, ClientAddressBase + index, members, Stream(200 + (ulong)index)))
            .ToList();
        History.OnLeaderElected = (_, _) =>
        {
            foreach (var client in Clients)
            {
                client.Pending?.FailoverInFlight = true;
            }
        };
        History.OnMember = node =>
        {
            if (Nodes.Count > node && Nodes[node].LostData)
            {
                Nodes[node].LostData = false;
                History.Probes |= CoverageProbe.WipedNodeRejoined;
            }
        };
    }

    public ulong Seed { get; }

    /// <summary>The scripted workload, when the run has one (else clients draw random commands).</summary>
    public IReadOnlyList<ScriptedRequest>? Script { get; }

    /// <summary>The time and ids committed entries are decided with (null: the entry's own).</summary>
    public IEntryDecisions? Decisions { get; }

    public SwarmConfiguration Configuration { get; }

    /// <summary>The schedule whose per-client command caps bound the random workload (null: uncapped).</summary>
    internal FaultSchedule? Schedule { get; }

    public FaultPlan Plan { get; }

    public ClusterHistory History { get; }

    public IReadOnlyList<SimulatedNode> Nodes { get; }

    public IReadOnlyList<SimulatedClient> Clients { get; }

    /// <summary>Virtual time in ticks (ms).</summary>
    public long Now { get; private set; }

    /// <summary>Runs one seed to the end and checks every invariant.</summary>
    public static SimulationResult Run(ulong seed, SimulationRunOptions? options = null)
    {
        options ??= new SimulationRunOptions();
        if (options.Schedule is { } schedule && schedule.Seed != seed)
        {
            throw new ArgumentException($"The schedule was recorded for seed {schedule.Seed}, not {seed}.", nameof(options));
        }

        var world = new ClusterSimulation(seed, options);
        world.RunToEnd();
        ClusterCheckers.CheckEnd(world, world._quiescent);
        var canonical = world.Nodes.Where(node => node.IsUp).MaxBy(node => node.Replica!.LastApplied);
        return new SimulationResult
        {
            CanonicalState = canonical?.State,
            Operations = world.History.Operations,
            Seed = seed,
            Configuration = world.Configuration,
            Violations = world.History.Violations.ToList(),
            Probes = world.History.Probes,
            SimulatedTicks = world.Now,
            Events = world._trace.EventCount,
            TraceHash = world._trace.Hash,
            Trace = world._trace.Events,
            Schedule = new FaultSchedule
            {
                Seed = seed,
                Faults = world.Plan.Recorded.ToList(),
                NodeCount = options.Schedule?.NodeCount,
                ClientCount = options.Schedule?.ClientCount,
                ChaosTicks = options.Schedule?.ChaosTicks,
                ClientCommandLimits = options.Schedule?.ClientCommandLimits,
            },
            RequestsIssued = world.History.Operations.Count,
            RequestsAnswered = world.History.Operations.Values.Count(operation => operation.CompletedAt is not null),
            LeadersElected = world.History.Leaders.Count,
            MessagesSent = world._messagesSent,
            MessagesDropped = world._messagesDropped,
            Crashes = world._crashes,
            FailoverTicks = world._failovers.ToList(),
        };
    }

    internal void Send(int from, int to, ReplicationMessage message)
    {
        _messagesSent++;
        var link = (from, to);
        var sequence = _linkSequences[link] = _linkSequences.GetValueOrDefault(link) + 1;
        if (_cuts.GetValueOrDefault(link) > 0)
        {
            _messagesDropped++;
            return;
        }

        var fate = Plan.Decide(from, to, sequence, Now);
        if (fate.Dropped)
        {
            _messagesDropped++;
            return;
        }

        var due = Now + 1 + _network.NextInt64(5) + fate.ExtraDelayTicks;
        due = Math.Max(due, _clogUntil.GetValueOrDefault(link));
        Enqueue(due, new Delivery(from, to, message));
        if (fate.Duplicated)
        {
            Enqueue(Now + 1 + _network.NextInt64(50), new Delivery(from, to, message));
        }
    }

    internal void ScheduleNodeTimer(int node, long incarnation, ReplicaTimer timer, long ticks) =>
        Enqueue(Now + ticks, new NodeTimerFired(node, incarnation, timer));

    internal void ScheduleClientTimer(int client, long generation, ClientTimerKind kind, long ticks) =>
        Enqueue(Now + ticks, new ClientTimerFired(client, generation, kind));

    internal void Completed(ClientOperation operation, int from, ClientAnswer answer)
    {
        if (operation.FailoverInFlight)
        {
            History.Probes |= CoverageProbe.FailoverWithRequestInFlight;
        }

        if (answer.IsRepeat && operation.InvokedAt <= _lastLeaderCrashAt)
        {
            History.Probes |= CoverageProbe.DuplicateAfterLeaderCrash;
        }

        if (_leaderLostAt >= 0 && from != _lostLeader && answer.Response!.Status == Inventory.Pipeline.CommandStatus.Accepted)
        {
            _failovers.Add(Now - _leaderLostAt);
            _leaderLostAt = -1;
        }
    }

    private TracedRandom Stream(ulong component) => new(new SplitMix64(Seed).Split(component), _trace);

    private void Enqueue(long due, SimulationEvent happening) => _queue.Enqueue(due, happening);

    private void RunToEnd()
    {
        foreach (var node in Nodes)
        {
            StartNode(node, bootstrap: true);
        }

        foreach (var client in Clients)
        {
            client.Begin();
        }

        foreach (var fault in Plan.TimedFaults)
        {
            Enqueue(fault.At, new FaultStarts(fault));
        }

        Enqueue(Configuration.ChaosTicks, new HealCluster());
        var deadline = Configuration.ChaosTicks + Configuration.LivenessBoundTicks;
        while (!_stopped && _queue.TryDequeue(out var happening, out var due))
        {
            Invariant.Assert(due >= Now, $"time going back from {Now} to {due}");
            if (due > deadline)
            {
                break;
            }

            Now = due;
            _trace.Event(Now, happening);
            Dispatch(happening);
            for (var i = 0; i < Nodes.Count; i++)
            {
                _trace.Mix((ulong)Nodes[i].Journal.CommitAttempts);
                _trace.Mix((ulong)Nodes[i].State.CommitAttempts);
            }
        }

        if (!_quiescent && !_stopped)
        {
            var open = History.Operations.Values.Count(operation => operation.CompletedAt is null);
            var nodes = string.Join("; ", Nodes.Select(node => node.Replica is { } replica
                ? $"node {node.Id} {replica.Role} t{replica.Term} last {replica.LastIndex} commit {replica.CommitIndex} applied {replica.LastApplied}{(replica.IsMember ? string.Empty : " non-member")}"
                : $"node {node.Id} down"));
            History.Fail("liveness", $"healed at {Configuration.ChaosTicks} ms but not quiescent by {deadline} ms: {open} requests open; {nodes}");
        }
    }

    private void Dispatch(SimulationEvent happening)
    {
        switch (happening)
        {
            case Delivery delivery when delivery.To >= ClientAddressBase:
                Clients[delivery.To - ClientAddressBase].OnAnswer(delivery.From, (ClientAnswer)delivery.Message);
                break;
            case Delivery delivery:
                OnNode(Nodes[delivery.To], happening);
                break;
            case NodeTimerFired timer when Nodes[timer.Node].Incarnation == timer.Incarnation:
                OnNode(Nodes[timer.Node], happening);
                break;
            case ClientTimerFired timer:
                Clients[timer.Client].OnTimer(timer.Generation, timer.Kind);
                break;
            case FaultStarts start:
                StartFault(start.Fault);
                break;
            case FaultEnds end:
                Cut(end.Fault, end.Nodes, -1);
                break;
            case ProcessRestarts restart when Nodes[restart.Node].Incarnation == restart.Incarnation && !Nodes[restart.Node].IsUp:
                StartNode(Nodes[restart.Node], bootstrap: false);
                break;
            case HealCluster:
                Heal();
                break;
            case QuiescenceCheck:
                _quiescent = IsQuiescent();
                _stopped = _quiescent;
                if (!_quiescent)
                {
                    Enqueue(Now + QuiescenceCheckTicks, new QuiescenceCheck());
                }

                break;
            default:
                break;
        }
    }

    // A message or timer for a node (no closure per event: this runs for most events of a run).
    private void OnNode(SimulatedNode node, SimulationEvent happening)
    {
        if (node.Replica is not { } replica)
        {
            return;
        }

        if (node.PausedUntil > Now)
        {
            Enqueue(node.PausedUntil, happening);
            return;
        }

        try
        {
            if (happening is Delivery delivery)
            {
                replica.Receive(delivery.Message);
            }
            else
            {
                replica.OnTimer(((NodeTimerFired)happening).Timer);
            }
        }
        catch (Exception failure) when (failure is ReplicaHaltedException or InvariantViolationException)
        {
            Halted(node, failure);
        }
    }

    private void Guard(SimulatedNode node, Action work)
    {
        try
        {
            work();
        }
        catch (Exception failure) when (failure is ReplicaHaltedException or InvariantViolationException)
        {
            Halted(node, failure);
        }
    }

    private void Halted(SimulatedNode node, Exception failure)
    {
        if (failure is ReplicaHaltedException)
        {
            CrashNode(node, HaltRestartTicks);
        }
        else
        {
            History.Fail("node-assertion", $"node {node.Id}: {failure.Message}");
            _stopped = true;
        }
    }

    private void StartNode(SimulatedNode node, bool bootstrap)
    {
        try
        {
            Guard(node, () => node.Start(bootstrap));
        }
        catch (ForeignDataException refused) when (refused.Owner == node.DiskOwner)
        {
            // Fail-stop as it should; the operator wipes the folder and the node rejoins by catch-up.
            node.Crash();
            History.Probes |= CoverageProbe.ForeignDataRefused;
            node.NewDisk();
            Enqueue(Now + HaltRestartTicks, new ProcessRestarts(node.Id, node.Incarnation));
            return;
        }

        if (node.IsUp && node.DiskOwner != node.Id)
        {
            History.Fail("foreign-data", $"node {node.Id} started on node {node.DiskOwner}'s data folder instead of refusing");
            _stopped = true;
        }
    }

    private void CrashNode(SimulatedNode node, long restartAfterTicks)
    {
        if (node.Replica?.Role == ReplicaRole.Leader)
        {
            LeaderLost(node.Id);
            _lastLeaderCrashAt = Now;
        }

        node.Crash();
        _crashes++;
        Enqueue(Now + restartAfterTicks, new ProcessRestarts(node.Id, node.Incarnation));
    }

    private void LeaderLost(int node)
    {
        if (_leaderLostAt < 0)
        {
            _leaderLostAt = Now;
            _lostLeader = node;
        }
    }

    private int CurrentLeader()
    {
        var leader = Nodes.Where(node => node.Replica?.Role == ReplicaRole.Leader).MaxBy(node => node.Replica!.Term);
        return leader?.Id ?? -1;
    }

    private void StartFault(FaultEntry fault)
    {
        var node = fault.Node >= 0 && fault.Node < Nodes.Count ? Nodes[fault.Node] : null;
        switch (fault.Kind)
        {
            case FaultKind.IsolateNode when node is not null:
                Isolate(fault, [node.Id]);
                break;
            case FaultKind.IsolateLeader when CurrentLeader() is var leader and >= 0:
                Isolate(fault, [leader]);
                break;
            case FaultKind.SplitCluster:
                Isolate(fault, Enumerable.Range(0, Nodes.Count).Where(id => (fault.Mask & (1 << id)) != 0).ToArray());
                break;
            case FaultKind.OneWayCut when node is not null && fault.Peer < Nodes.Count:
                Cut(fault, [node.Id], +1);
                Enqueue(Now + fault.Duration, new FaultEnds(fault, [node.Id]));
                break;
            case FaultKind.ClogLink when node is not null && fault.Peer < Nodes.Count:
                _clogUntil[(fault.Node, fault.Peer)] = Now + fault.Duration;
                break;
            case FaultKind.Crash when node is { IsUp: true }:
                CrashNode(node, fault.Duration);
                break;
            case FaultKind.PowerLoss:
                foreach (var target in fault.Node < 0 ? Nodes : node is null ? [] : [node])
                {
                    LosePower(target, fault.Duration);
                }

                break;
            case FaultKind.WipeData when node is not null && !Nodes.Any(other => other != node && other.LostData):
                if (node.IsUp)
                {
                    CrashNode(node, fault.Duration);
                }

                node.NewDisk();
                node.LostData = true;
                History.ForgetTerm(node.Id);
                break;
            case FaultKind.ForeignData when node is not null && fault.Peer != node.Id && fault.Peer < Nodes.Count
                && !Nodes.Any(other => other != node && other.LostData):
                if (node.IsUp)
                {
                    CrashNode(node, fault.Duration);
                }

                node.TakeDiskOf(Nodes[fault.Peer]);
                node.LostData = true;
                History.ForgetTerm(node.Id);
                break;
            case FaultKind.BitFlip when node is not null && !Nodes.Any(other => other != node && other.LostData):
                FlipBit(node, fault);
                break;
            case FaultKind.CommitFailure when node is { IsUp: true }:
                (fault.Value == 0 ? node.Journal : node.State).FailNextCommits(1);
                break;
            case FaultKind.Pause when node is { IsUp: true } && node.PausedUntil <= Now:
                if (node.Replica!.Role == ReplicaRole.Leader)
                {
                    LeaderLost(node.Id);
                }

                node.PausedUntil = Now + fault.Duration;
                break;
            case FaultKind.ClockStep when node is not null:
                node.ClockOffsetMs += fault.Value;
                break;
            default:
                break;
        }
    }

    private void Isolate(FaultEntry fault, int[] group)
    {
        if (group.Contains(CurrentLeader()))
        {
            LeaderLost(CurrentLeader());
        }

        Cut(fault, group, +1);
        Enqueue(Now + fault.Duration, new FaultEnds(fault, group));
    }

    private void Cut(FaultEntry fault, int[] group, int change)
    {
        if (!Plan.Enabled && change > 0)
        {
            return;
        }

        var links = fault.Kind == FaultKind.OneWayCut
            ? [(fault.Node, fault.Peer)]
            : group.SelectMany(inside => Enumerable.Range(0, Nodes.Count).Where(outside => !group.Contains(outside))
                .SelectMany(outside => new[] { (inside, outside), (outside, inside) })).ToList();
        foreach (var link in links)
        {
            _cuts[link] = Math.Max(0, _cuts.GetValueOrDefault(link) + change);
        }
    }

    private void LosePower(SimulatedNode node, long restartAfterTicks)
    {
        var applied = node.Replica?.LastApplied ?? 0;
        if (node.IsUp)
        {
            CrashNode(node, restartAfterTicks);
        }

        var lostBefore = node.State.LostCommits;
        node.Journal.LosePower();
        node.State.LosePower();
        if (node.State.LostCommits > lostBefore && applied > 0)
        {
            History.ExpectRecovery(node.Id, applied);
        }
    }

    private void FlipBit(SimulatedNode node, FaultEntry fault)
    {
        var records = new List<(byte[] Key, byte[] Value)>();
        using (var read = node.Journal.BeginRead())
        using (var cursor = read.Range([0x10], [0x11]))
        {
            while (cursor.MoveNext())
            {
                records.Add((cursor.Key.ToArray(), cursor.Value.ToArray()));
            }
        }

        if (records.Count == 0)
        {
            return;
        }

        if (node.IsUp)
        {
            CrashNode(node, fault.Duration);
        }

        // The harness writes the flipped record itself: a commit failure armed for the node's own next
        // commit (and not consumed, the node being down) must not fail the nemesis's write.
        node.Journal.FailNextCommits(0);
        var (key, value) = records[(int)(fault.Value % records.Count)];
        var bit = fault.Value % (value.Length * 8);
        value[bit / 8] ^= (byte)(1 << (int)(bit % 8));
        node.Journal.Write(transaction =>
        {
            transaction.Put(key, value);
            return 0;
        });
        node.Journal.Sync();
        node.LostData = true;
    }

    private void Heal()
    {
        Plan.Enabled = false;
        _cuts.Clear();
        _clogUntil.Clear();
        foreach (var node in Nodes)
        {
            node.Journal.FailNextCommits(0);
            node.State.FailNextCommits(0);
            node.PausedUntil = Math.Min(node.PausedUntil, Now);
            if (!node.IsUp)
            {
                StartNode(node, bootstrap: false);
            }
        }

        foreach (var client in Clients)
        {
            client.Stopped = true;
        }

        Enqueue(Now + QuiescenceCheckTicks, new QuiescenceCheck());
    }

    private bool IsQuiescent()
    {
        if (Clients.Any(client => client.Pending is not null || client.HasScriptLeft) || Nodes.Any(node => !node.IsUp))
        {
            return false;
        }

        var leader = CurrentLeader();
        if (leader < 0)
        {
            return false;
        }

        var head = Nodes[leader].Replica!;
        return head.CommitIndex == head.LastIndex
            && Nodes.All(node => node.Replica!.LastApplied == head.CommitIndex && node.Replica.IsMember && node.Replica.Term == head.Term);
    }
}
