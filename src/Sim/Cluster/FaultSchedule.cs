using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Specs.Sim.Cluster;

/// <summary>
/// The explicit list of every fault one run injected (or is told to inject), with the seed that drives
/// everything else (workload, latencies, election jitter). Serialized as JSON; a run driven by the
/// schedule of a seeded run is that same run, event for event.
/// </summary>
public sealed record FaultSchedule
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Kinds by name only: a number was read as whatever kind had that position, and one past the last as no kind at all.
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The seed of the run (swarm configuration and all non-fault randomness).</summary>
    public required ulong Seed { get; init; }

    /// <summary>The faults, in the order they were injected.</summary>
    public required IReadOnlyList<FaultEntry> Faults { get; init; }

    /// <summary>
    /// When set, the run uses this many nodes instead of the seed's choice (a shrunk schedule runs a
    /// smaller cluster; faults naming nodes that no longer exist are ignored).
    /// </summary>
    public int? NodeCount { get; init; }

    /// <summary>When set, the run uses this many clients (fewer commands); each client keeps its own random stream.</summary>
    public int? ClientCount { get; init; }

    /// <summary>When set, the chaos phase ends at this tick instead of the seed's choice (fewer commands).</summary>
    public long? ChaosTicks { get; init; }

    /// <summary>
    /// When set, client i issues at most <c>ClientCommandLimits[i]</c> commands (a client past the list's end
    /// issues none). The shrinker records the failing run's per-client counts here before it removes anything,
    /// because a client's commands depend on the random streams and timing that faults shape: without the cap a
    /// schedule with fewer faults could replay with more commands. Absent in schedules written before the cap
    /// existed; they run uncapped, as they were recorded.
    /// </summary>
    public IReadOnlyList<int>? ClientCommandLimits { get; init; }

    /// <summary>The most commands client <paramref name="client"/> may issue under this schedule (null: no cap).</summary>
    public int? CommandLimit(int client) =>
        ClientCommandLimits is { } limits ? (client < limits.Count ? limits[client] : 0) : null;

    /// <summary>Applies the workload overrides of this schedule to the seed's configuration.</summary>
    public SwarmConfiguration Apply(SwarmConfiguration configuration)
    {
        var nodes = NodeCount ?? configuration.NodeCount;
        return configuration with
        {
            NodeCount = nodes,
            ClockDriftPpm = Enumerable.Range(0, nodes).Select(i => i < configuration.ClockDriftPpm.Count ? configuration.ClockDriftPpm[i] : 0).ToList(),
            ClientCount = ClientCount ?? configuration.ClientCount,
            ChaosTicks = ChaosTicks ?? configuration.ChaosTicks,
        };
    }

    /// <summary>The schedule as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a schedule; a malformed one is a user mistake with a clear message.</summary>
    public static FaultSchedule FromJson(string json)
    {
        FaultSchedule schedule;
        try
        {
            schedule = JsonSerializer.Deserialize<FaultSchedule>(json, Json) ?? throw new FormatException("the schedule is empty");
        }
        catch (JsonException problem)
        {
            throw new FormatException($"not a fault schedule: {JsonMistake.Describe(problem)}", problem);
        }

        return schedule.Checked();
    }

    /// <summary>
    /// Refuses what no run writes and the simulator cannot run (a hand-edited or damaged schedule): it crashed a
    /// replay from inside the event loop (time going back) instead of naming the entry.
    /// </summary>
    private FaultSchedule Checked()
    {
        if (Faults is null)
        {
            throw new FormatException("not a fault schedule: \"Faults\" must be a list (empty for none), not null");
        }

        // The range `--nodes` takes: a file said 99 where the command line stopped at 9, and the replay ran 99 nodes.
        if (NodeCount is { } nodes && !ClusterSize.Allows(nodes))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"not a fault schedule: \"NodeCount\" must be between {ClusterSize.Min} and {ClusterSize.Max}, as --nodes, not {nodes} ({ClusterSize.Why})"));
        }

        if (ClientCount is < 0 || ChaosTicks is < 0 || ClientCommandLimits?.Any(limit => limit < 0) == true)
        {
            throw new FormatException("not a fault schedule: \"ClientCount\", \"ChaosTicks\" and \"ClientCommandLimits\" must be 0 or more");
        }

        for (var i = 0; i < Faults.Count; i++)
        {
            var fault = Faults[i] ?? throw new FormatException($"not a fault schedule: fault {i + 1} is null");
            if (fault.At < 0 || fault.Duration < 0 || fault.Sequence < 0 || fault.Hit < 0 || fault.Node < -1 || fault.Peer < -1)
            {
                throw new FormatException($"not a fault schedule: fault {i + 1} ({fault}) has a negative time, duration, sequence, hit or node");
            }
        }

        return this;
    }
}
