namespace Specs.Sim.Storage;

/// <summary>
/// One immutable version of the keyspace: a frozen tree root and how many keys it holds. A value, not an object:
/// every commit makes one (a simulated cluster commits thousands of times a second of simulated time).
/// </summary>
internal readonly record struct SimulatedKeyspace(SortedTree.Node? Root, int Count)
{
    public static SimulatedKeyspace Empty { get; } = new(null, 0);
}
