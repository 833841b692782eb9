using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Replication;

namespace Specs.Sim.Cluster;

/// <summary>The three things a client waits for.</summary>
public enum ClientTimerKind
{
    /// <summary>Think time is over: issue the next request.</summary>
    NextRequest,

    /// <summary>No answer in time: the outcome is unknown, resend to the next node with the same key.</summary>
    Timeout,

    /// <summary>A node said it does not lead: resend to the hinted node.</summary>
    Retry,
}

/// <summary>
/// A simulated client of the cluster: one request open at a time (a Jepsen process), routed by a
/// <see cref="LeaderRouter"/>, resent with the same idempotency key after a timeout or a "not the
/// leader" answer, until a definite answer comes. The workload mixes new products, duplicate SKUs
/// (refusals) and renames.
/// </summary>
public sealed class SimulatedClient
{
    /// <summary>How long a client waits for an answer before resending.</summary>
    public const long TimeoutTicks = 700;

    private readonly ClusterSimulation _world;
    private readonly TracedRandom _random;
    private readonly LeaderRouter _router;
    private readonly List<string> _skus = [];
    private long _generation;
    private long _requests;
    private int _scripted;

    internal SimulatedClient(ClusterSimulation world, int index, int address, IReadOnlyList<int> nodes, TracedRandom random)
    {
        _world = world;
        Index = index;
        Address = address;
        _random = random;
        _router = new LeaderRouter(nodes, index);
    }

    public int Index { get; }

    public int Address { get; }

    public ClientOperation? Pending { get; private set; }

    /// <summary>Whether requests of the scripted workload are still to be sent (the run is not quiescent until they are done).</summary>
    public bool HasScriptLeft => Index == 0 && _world.Script is { } script && _scripted < script.Count;

    /// <summary>No new requests (the liveness phase); open ones are still retried.</summary>
    public bool Stopped { get; set; }

    internal void Begin() => Arm(ClientTimerKind.NextRequest, ThinkTicks());

    internal void OnTimer(long generation, ClientTimerKind kind)
    {
        if (generation != _generation)
        {
            return;
        }

        if (kind == ClientTimerKind.NextRequest)
        {
            // A script is the whole workload: it is finished in the liveness phase too.
            if (Pending is null && (!Stopped || _world.Script is not null))
            {
                Issue();
            }

            return;
        }

        if (Pending is null)
        {
            return;
        }

        if (kind == ClientTimerKind.Timeout)
        {
            _router.MoveOn();
        }

        Send();
    }

    internal void OnAnswer(int from, ClientAnswer answer)
    {
        if (_world.History.Operations.TryGetValue(answer.IdempotencyKey, out var operation) && answer.IsDefinite)
        {
            operation.Answers.Add((_world.Now, from, answer));
        }

        if (Pending is null || answer.RequestId != Pending.RequestId)
        {
            return;
        }

        if (!answer.IsDefinite)
        {
            _router.Follow(answer.LeaderHint);
            Arm(ClientTimerKind.Retry, 5 + _random.NextInt64(20));
            return;
        }

        var done = Pending;
        done.CompletedAt = _world.Now;
        Pending = null;
        _world.Completed(done, from, answer);
        Arm(ClientTimerKind.NextRequest, ThinkTicks());
    }

    private void Issue()
    {
        if (_world.Script is { } script)
        {
            // A scripted run: client 0 sends the script in order; nobody sends anything else.
            if (Index != 0 || _scripted == script.Count)
            {
                return;
            }

            var request = script[_scripted++];
            Pending = new ClientOperation(Index, ++_requests, request.IdempotencyKey, request.Command, _world.Now);
            _world.History.Operations[request.IdempotencyKey] = Pending;
            Send();
            return;
        }

        // A capped client (a shrunk schedule) stops once it has issued what the original run issued.
        if (_world.Schedule?.CommandLimit(Index) is { } limit && _requests >= limit)
        {
            return;
        }

        var number = ++_requests;
        var key = $"c{Index}-r{number}";
        var command = NextCommand(number);
        Pending = new ClientOperation(Index, number, key, command, _world.Now);
        _world.History.Operations[key] = Pending;
        Send();
    }

    private ICommandContract NextCommand(long number)
    {
        var roll = _random.NextInt64(10);
        if (_skus.Count > 0 && roll == 0)
        {
            return new CreateProduct { Sku = _skus[(int)_random.NextInt64(_skus.Count)], Name = $"Duplicate {Index}-{number}" };
        }

        if (_skus.Count > 0 && roll == 1)
        {
            return new UpdateProduct { Sku = _skus[(int)_random.NextInt64(_skus.Count)], Name = $"Renamed {Index}-{number}" };
        }

        var sku = $"SKU-{Index}-{number}";
        _skus.Add(sku);
        return new CreateProduct { Sku = sku, Name = $"Product {Index}-{number}" };
    }

    private void Send()
    {
        var operation = Pending!;
        operation.Attempts++;
        _world.Send(Address, _router.Current, new ClientCommand(Address, operation.RequestId, operation.IdempotencyKey, operation.Command, operation.Attempts));
        Arm(ClientTimerKind.Timeout, TimeoutTicks);
    }

    private long ThinkTicks()
    {
        var meanTicks = Math.Max(1, (long)(1000.0 * _world.Configuration.ClientCount / _world.Configuration.CommandsPerSecond));
        return 1 + _random.NextInt64(2 * meanTicks);
    }

    private void Arm(ClientTimerKind kind, long ticks)
    {
        _generation++;
        _world.ScheduleClientTimer(Index, _generation, kind, ticks);
    }
}
