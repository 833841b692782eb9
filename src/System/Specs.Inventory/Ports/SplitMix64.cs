namespace Specs.Inventory.Ports;

/// <summary>
/// A seeded random stream (SplitMix64: tiny state, full 64-bit period, passes BigCrush). Used by every
/// deterministic implementation of the randomness and id ports.
/// </summary>
public sealed class SplitMix64(ulong seed) : IRandomSource
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public long NextInt64(long maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        // Reject the top sliver of the range that would make some values more likely than others.
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong draw;
        do
        {
            draw = NextUInt64();
        }
        while (draw >= limit);
        return (long)(draw % bound);
    }

    /// <summary>An independent stream for a named component, so that components never share draws.</summary>
    public SplitMix64 Split(ulong streamId) => new(NextUInt64() ^ (streamId * 0xD1B54A32D192ED03UL));
}
