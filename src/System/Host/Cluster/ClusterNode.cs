using System.Collections.Concurrent;
using System.Security.Cryptography;
using Specs.Inventory.Contracts;
using Specs.Inventory.Node;
using Specs.Inventory.Ports;
using Specs.Inventory.Replication;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host;

/// <summary>
/// The real-world twin of the simulator's node: the same <see cref="ReplicaNode"/>, driven by one
/// thread of its own (the node is single-threaded by design, and LMDB binds a store's writer to one
/// thread), fed by TCP messages, real timers and HTTP commands, over two LMDB stores.
/// </summary>
/// <remarks>
/// <para>Every input (a message, a timer, a command) becomes a work item in one queue that the node
/// thread drains in order; that is the simulator's event loop, with the wall clock instead of virtual time.</para>
/// <para>HTTP clients are address <see cref="LocalClients"/> to the node: a command is sent to the node as a
/// <see cref="ClientCommand"/>, and the node's <see cref="ClientAnswer"/> to address 0 completes the request
/// waiting under its request id. Client messages never cross the network.</para>
/// <para>If the node halts (its disk refused a commit), it handles nothing more: every waiting and later
/// command is answered "halted", and the admin restarts the process, which recovers from the journal.</para>
/// </remarks>
public sealed class ClusterNode : IReplicationTransport, IReplicaTimers, IAsyncDisposable
{
    /// <summary>The address under which the node's own HTTP requests wait for their answers.</summary>
    public const int LocalClients = 0;

    private readonly BlockingCollection<Action> _inbox = [];
    private readonly ConcurrentDictionary<long, TaskCompletionSource<ClientAnswer>> _waiting = new();
    private readonly ClusterOptions _options;
    private readonly IKeyValueStore _journal;
    private readonly IKeyValueStore _state;
    private readonly IReadOnlyList<IView> _views;
    private readonly Action<string> _log;
    private readonly TcpPeerNetwork _network;
    private readonly Thread _thread;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ReplicaNode? _node;
    private long _nextRequest;
    private volatile NodeStatus _status;
    private volatile string? _halted;

    private ClusterNode(ClusterOptions options, IKeyValueStore journal, IKeyValueStore state, IReadOnlyList<IView> views, Action<string> log)
    {
        _options = options;
        _journal = journal;
        _state = state;
        _views = views;
        _log = log;
        _status = new NodeStatus(options.NodeId, ReplicaRole.Follower, 0, -1, 0, 0);
        _network = new TcpPeerNetwork(options.NodeId, options.Peers, CommandCodec.Default, message => Post(() => _node!.Receive(message)), log);
        _thread = new Thread(Run) { IsBackground = true, Name = $"replica {options.NodeId}" };
    }

    /// <summary>The node as of its last handled input (read by HTTP threads).</summary>
    public NodeStatus Status => _status;

    /// <summary>Why the node stopped handling anything (null while it runs).</summary>
    public string? Halted => _halted;

    /// <summary>Opens the node over its stores on its own thread, then starts listening to its peers.</summary>
    public static async Task<ClusterNode> StartAsync(ClusterOptions options, IKeyValueStore journal, IKeyValueStore state, IReadOnlyList<IView> views, Action<string> log)
    {
        options.Validate();
        var node = new ClusterNode(options, journal, state, views, log);
        node._thread.Start();
        try
        {
            await node._started.Task.ConfigureAwait(false);
            node._network.Start();
        }
        catch
        {
            // A node that cannot listen (its port in use) stops its thread and its connections to the peers before the
            // caller closes the stores under them.
            await node.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return node;
    }

    /// <summary>
    /// Sends a command to the node and waits for its answer: definite once the entry committed on a
    /// majority and was applied; otherwise the node does not lead (with whom it believes leads). Null when no
    /// answer came within <see cref="ClusterOptions.CommitWait"/>: the outcome is unknown, and the client
    /// retries with the same idempotency key.
    /// </summary>
    public async Task<ClientAnswer?> SubmitAsync(string idempotencyKey, ICommandContract command, CancellationToken cancellationToken)
    {
        if (_halted is { } reason)
        {
            throw new ReplicaHaltedException(_options.NodeId, reason);
        }

        var request = Interlocked.Increment(ref _nextRequest);
        var answer = new TaskCompletionSource<ClientAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[request] = answer;
        try
        {
            Post(() => _node!.Receive(new ClientCommand(LocalClients, request, idempotencyKey, command, 1)));
            return await answer.Task.WaitAsync(_options.CommitWait, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _waiting.TryRemove(request, out _);
        }
    }

    /// <summary>Node thread only: a message to a peer goes on the wire, an answer to a local client completes its request.</summary>
    public void Send(int to, ReplicationMessage message)
    {
        if (to == LocalClients)
        {
            if (message is ClientAnswer answer && _waiting.TryGetValue(answer.RequestId, out var waiting))
            {
                waiting.TrySetResult(answer);
            }

            return;
        }

        _network.Send(to, message);
    }

    /// <summary>Node thread only: fires the timer into the queue after the delay (the node ignores stale generations).</summary>
    public void Schedule(ReplicaTimer timer, long delayMs) =>
        _ = Task.Delay(TimeSpan.FromMilliseconds(delayMs)).ContinueWith(_ => Post(() => _node!.OnTimer(timer)), TaskScheduler.Default);

    /// <summary>Stops the network and the node thread; the stores stay open for their owner to close.</summary>
    public async ValueTask DisposeAsync()
    {
        await _network.DisposeAsync().ConfigureAwait(false);
        _inbox.CompleteAdding();
        if (_thread.IsAlive && Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }

        foreach (var waiting in _waiting.Values)
        {
            waiting.TrySetCanceled();
        }

        _inbox.Dispose();
    }

    private void Post(Action work)
    {
        try
        {
            _inbox.Add(work);
        }
        catch (InvalidOperationException)
        {
            // stopping: inputs after the stop are dropped, like messages to a dead process
        }
    }

    private void Run()
    {
        try
        {
            var random = new SplitMix64(BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong))));
            var ports = new ReplicaPorts(this, this, SystemClock.Instance, random, _journal, _state) { Views = _views };
            _node = new ReplicaNode(_options.NodeId, [.. _options.Peers.Keys], ports, _options.ReplicaOptions());
            _node.Start(bootstrap: !_options.Rejoin);
            Publish();
            _started.SetResult();
        }
        catch (Exception error)
        {
            _started.SetException(error);
            return;
        }

        foreach (var work in _inbox.GetConsumingEnumerable())
        {
            try
            {
                work();
                Publish();
            }
            catch (ReplicaHaltedException halted)
            {
                Halt(halted.Reason);
                return;
            }
        }
    }

    private void Halt(string reason)
    {
        _halted = reason;
        _log($"node {_options.NodeId} halted: {reason}; restart the process to recover from its journal");
        foreach (var waiting in _waiting.Values)
        {
            waiting.TrySetException(new ReplicaHaltedException(_options.NodeId, reason));
        }
    }

    private void Publish()
    {
        var node = _node!;
        var status = new NodeStatus(node.Id, node.Role, node.Term, node.Role == ReplicaRole.Leader ? node.Id : node.LeaderHint, node.CommitIndex, node.LastIndex);
        if (status.Role != _status.Role || status.Term != _status.Term)
        {
            _log($"node {status.Node} is {status.Role} in term {status.Term} (leader {(status.Leader < 0 ? "unknown" : status.Leader)})");
        }

        _status = status;
    }
}

/// <summary>A node's state as its HTTP threads see it.</summary>
/// <param name="Node">The node's id.</param>
/// <param name="Role">Follower, candidate or leader.</param>
/// <param name="Term">The epoch it is in.</param>
/// <param name="Leader">Who it believes leads (-1: unknown).</param>
/// <param name="CommitIndex">How far it knows the log is committed.</param>
/// <param name="LastIndex">Its journal's last entry.</param>
public sealed record NodeStatus(int Node, ReplicaRole Role, long Term, int Leader, long CommitIndex, long LastIndex);
