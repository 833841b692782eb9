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
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The seed of the run (swarm configuration and all non-fault randomness).</summary>
    public required ulong Seed { get; init; }

    /// <summary>The faults, in the order they were injected.</summary>
    public required IReadOnlyList<FaultEntry> Faults { get; init; }

    /// <summary>The schedule as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a schedule; a malformed one is a user mistake with a clear message.</summary>
    public static FaultSchedule FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FaultSchedule>(json, Json) ?? throw new FormatException("the schedule is empty");
        }
        catch (JsonException problem)
        {
            throw new FormatException($"not a fault schedule: {problem.Message}", problem);
        }
    }
}
