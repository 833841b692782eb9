using System.Runtime.InteropServices;
using Specs.Inventory.Ports;

namespace Specs.Sim.Cluster;

/// <summary>What happens to one message on its link.</summary>
public readonly record struct MessageFate(bool Dropped, long ExtraDelayTicks, bool Duplicated);

/// <summary>
/// Decides every fault of a run, and writes each one down. Seeded: faults are drawn from the seed's own
/// "faults" stream (never from the streams of the workload or the nodes, so a schedule can replace it)
/// and recorded as <see cref="FaultEntry"/>s. Replaying: the decisions come only from the given schedule.
/// </summary>
public sealed class FaultPlan
{
    /// <summary>The seed's stream for ForeignData's coins (1 is the swarm's, 2 the faults', 3 the network's).</summary>
    private const ulong ForeignDataStream = 4;

    private readonly SwarmConfiguration _configuration;
    private readonly SplitMix64? _random;
    private readonly List<FaultEntry> _recorded = [];
    private readonly Dictionary<(int From, int To, long Sequence), FaultEntry[]> _messageFaults = [];
    private readonly HashSet<(int Node, string Site, long Hit)> _faultPoints = [];
    // Reaches of each fault point, by site and then by node. Keyed by the site alone, the look-up hashes the text with
    // the runtime's fast hash for string keys; keyed by (node, site) it took the randomized one, and a replica reaches
    // several fault points per entry (2-3% of a simulated round, with two look-ups per reach).
    private readonly Dictionary<string, long[]> _hits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _activeSites = new(StringComparer.Ordinal);

    /// <summary>A plan drawn from <paramref name="seed"/>, or, when <paramref name="schedule"/> is given, exactly that schedule.</summary>
    public FaultPlan(ulong seed, SwarmConfiguration configuration, FaultSchedule? schedule)
    {
        _configuration = configuration;
        if (schedule is null)
        {
            _random = new SplitMix64(seed).Split(2);
            TimedFaults = DrawTimedFaults(seed);
            _recorded.AddRange(TimedFaults);
        }
        else
        {
            TimedFaults = schedule.Faults.Where(IsTimed).OrderBy(fault => fault.At).ToList();
            foreach (var group in schedule.Faults.Where(IsMessageFault).GroupBy(fault => (fault.Node, fault.Peer, fault.Sequence)))
            {
                _messageFaults[group.Key] = group.ToArray();
            }

            foreach (var point in schedule.Faults.Where(fault => fault.Kind == FaultKind.FaultPoint))
            {
                _faultPoints.Add((point.Node, point.Site ?? string.Empty, point.Hit));
            }

            _recorded.AddRange(schedule.Faults);
        }
    }

    /// <summary>Whether faults are still injected (off once the cluster is healed for the liveness phase).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The timed faults, in time order.</summary>
    public IReadOnlyList<FaultEntry> TimedFaults { get; }

    /// <summary>Every fault of the run so far, as a schedule.</summary>
    public IReadOnlyList<FaultEntry> Recorded => _recorded;

    /// <summary>The fate of the <paramref name="sequence"/>-th message from one endpoint to another.</summary>
    public MessageFate Decide(int from, int to, long sequence, long now)
    {
        if (!Enabled)
        {
            return default;
        }

        if (_random is null)
        {
            if (!_messageFaults.TryGetValue((from, to, sequence), out var faults))
            {
                return default;
            }

            return new MessageFate(
                faults.Any(fault => fault.Kind == FaultKind.MessageDrop),
                faults.Where(fault => fault.Kind == FaultKind.MessageDelay).Sum(fault => fault.Duration),
                faults.Any(fault => fault.Kind == FaultKind.MessageDuplicate));
        }

        var drop = Draw() < _configuration.DropRate;
        var delay = Draw() < _configuration.DelayRate ? 1 + _random.NextInt64(_configuration.DelayMaxTicks) : 0;
        var duplicate = Draw() < _configuration.DuplicateRate;
        if (drop)
        {
            _recorded.Add(new FaultEntry { Kind = FaultKind.MessageDrop, At = now, Node = from, Peer = to, Sequence = sequence });
            return new MessageFate(true, 0, false);
        }

        if (delay > 0)
        {
            _recorded.Add(new FaultEntry { Kind = FaultKind.MessageDelay, At = now, Node = from, Peer = to, Sequence = sequence, Duration = delay });
        }

        if (duplicate)
        {
            _recorded.Add(new FaultEntry { Kind = FaultKind.MessageDuplicate, At = now, Node = from, Peer = to, Sequence = sequence });
        }

        return new MessageFate(false, delay, duplicate);
    }

    /// <summary>Whether the fault point <paramref name="site"/> fires at this reach on <paramref name="node"/>.</summary>
    public bool FaultPointFires(int node, string site, long now)
    {
        ref var reaches = ref CollectionsMarshal.GetValueRefOrAddDefault(_hits, site, out _);
        reaches ??= new long[_configuration.NodeCount];
        var hit = ++reaches[node];
        if (!Enabled)
        {
            return false;
        }

        if (_random is null)
        {
            return _faultPoints.Contains((node, site, hit));
        }

        if (!_configuration.FaultPointsOn)
        {
            return false;
        }

        if (!_activeSites.TryGetValue(site, out var active))
        {
            active = _activeSites[site] = _random.NextInt64(4) == 0;
        }

        if (!active || Draw() >= _configuration.FaultPointRate)
        {
            return false;
        }

        _recorded.Add(new FaultEntry { Kind = FaultKind.FaultPoint, At = now, Node = node, Site = site, Hit = hit });
        return true;
    }

    private static bool IsMessageFault(FaultEntry fault) =>
        fault.Kind is FaultKind.MessageDrop or FaultKind.MessageDelay or FaultKind.MessageDuplicate;

    private static bool IsTimed(FaultEntry fault) => !IsMessageFault(fault) && fault.Kind != FaultKind.FaultPoint;

    private double Draw() => _random!.NextInt64(1_000_000) / 1_000_000.0;

    private List<FaultEntry> DrawTimedFaults(ulong seed)
    {
        var faults = new List<FaultEntry>();
        var nodes = _configuration.NodeCount;

        // ForeignData joined the swarm's draw after the other kinds. They are still drawn from the faults stream
        // exactly as before; ForeignData's own coin comes from a stream of its own and, when it lands, the drawn
        // fault's slot (time, node, peer, duration) becomes a ForeignData fault, with the same share as each
        // other kind switched on. So a seed without ForeignData draws the schedule it drew before, and a seed
        // with it draws the same times, nodes and message faults, some timed faults swapped for ForeignData.
        var kinds = _configuration.Nemeses.Where(kind => kind != FaultKind.ForeignData).ToList();
        var swaps = _configuration.Nemeses.Contains(FaultKind.ForeignData) ? new SplitMix64(seed).Split(ForeignDataStream) : null;
        if (kinds.Count == 0 && swaps is null)
        {
            return faults;
        }

        // With ForeignData the only kind, nothing was drawn from the faults stream before: keep it untouched.
        var random = kinds.Count == 0 ? swaps! : _random!;
        var at = 0L;
        while (true)
        {
            at += 1 + random.NextInt64(2 * _configuration.NemesisIntervalTicks);
            if (at >= _configuration.ChaosTicks)
            {
                return faults;
            }

            var kind = kinds.Count == 0 ? FaultKind.ForeignData : kinds[(int)random.NextInt64(kinds.Count)];
            var node = (int)random.NextInt64(nodes);
            var peer = (node + 1 + (int)random.NextInt64(nodes - 1)) % nodes;
            var duration = 200 + random.NextInt64(4000);
            var fault = new FaultEntry { Kind = kind, At = at, Node = node, Peer = peer, Duration = duration };
            fault = kind switch
            {
                FaultKind.PowerLoss when random.NextInt64(4) == 0 => fault with { Node = -1 },
                FaultKind.SplitCluster => fault with { Mask = MinorityMask(random, nodes) },
                FaultKind.ClockStep => fault with { Value = random.NextInt64(20_001) - 10_000 },
                FaultKind.BitFlip => fault with { Value = random.NextInt64(1 << 20) },
                FaultKind.CommitFailure => fault with { Value = random.NextInt64(2) },
                _ => fault,
            };
            if (swaps is not null && kinds.Count > 0 && swaps.NextInt64(kinds.Count + 1) == 0)
            {
                fault = new FaultEntry { Kind = FaultKind.ForeignData, At = at, Node = node, Peer = peer, Duration = duration };
            }

            faults.Add(fault);
        }
    }

    private static int MinorityMask(SplitMix64 random, int nodes)
    {
        var size = 1 + (int)random.NextInt64(nodes / 2);
        var mask = 0;
        while (int.PopCount(mask) < size)
        {
            mask |= 1 << (int)random.NextInt64(nodes);
        }

        return mask;
    }
}
