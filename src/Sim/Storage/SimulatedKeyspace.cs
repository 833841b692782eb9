namespace Specs.Sim.Storage;

/// <summary>One immutable version of the keyspace: a frozen tree root and how many keys it holds.</summary>
internal sealed record SimulatedKeyspace(SortedTree.Node? Root, int Count)
{
    public static SimulatedKeyspace Empty { get; } = new(null, 0);
}
