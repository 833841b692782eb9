using Specs.Inventory.Ports;

namespace Specs.Sim.Cluster;

/// <summary>A component's seeded random stream whose every draw is mixed into the run's trace.</summary>
public sealed class TracedRandom(SplitMix64 stream, DeterminismTrace trace) : IRandomSource
{
    public ulong NextUInt64()
    {
        var draw = stream.NextUInt64();
        trace.Mix(draw);
        return draw;
    }

    public long NextInt64(long maxExclusive)
    {
        var draw = stream.NextInt64(maxExclusive);
        trace.Mix((ulong)draw);
        return draw;
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => probability > 0 && NextInt64(1_000_000) < (long)(probability * 1_000_000);
}
