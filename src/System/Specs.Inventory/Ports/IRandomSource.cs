namespace Specs.Inventory.Ports;

/// <summary>
/// The only source of randomness (jittered timeouts, tie-breaks). Always seeded: the simulator gives
/// each component its own stream split from one root seed, so adding a node shifts no other draw.
/// </summary>
public interface IRandomSource
{
    ulong NextUInt64();

    /// <summary>A value in <c>[0, maxExclusive)</c>, without modulo bias.</summary>
    long NextInt64(long maxExclusive);
}
