using System.Runtime.CompilerServices;

namespace Specs.Sim.Storage;

/// <summary>
/// The nodes a descent of <see cref="SortedTree"/> passed, root first, and which way it turned at each: kept on
/// the stack, so that a write climbs back up to re-link what it changed without recursion and allocates nothing.
/// </summary>
internal struct DescentPath
{
    // An AVL tree of n keys is less than 1.45 log2(n + 2) high, so 48 levels hold any tree of up to
    // int.MaxValue keys (the store counts its keys in an int); a turn is one bit of a ulong.
    private const int MaxDepth = 48;

    private Nodes _nodes;
    private ulong _rightTurns;

    /// <summary>How many nodes the path holds.</summary>
    public int Depth { get; private set; }

    /// <summary>The node the descent began at (one was pushed), also once the path has been popped.</summary>
    public readonly SortedTree.Node Root => _nodes[0];

    /// <summary>Records that the descent passed <paramref name="node"/> and went to its right child or its left.</summary>
    public void Push(SortedTree.Node node, bool right)
    {
        _nodes[Depth] = node;
        _rightTurns = right ? _rightTurns | (1UL << Depth) : _rightTurns & ~(1UL << Depth);
        Depth++;
    }

    /// <summary>The deepest node of the path, taken off it, and whether the descent went right from it.</summary>
    public (SortedTree.Node Node, bool Right) Pop()
    {
        Depth--;
        return (_nodes[Depth], (_rightTurns & (1UL << Depth)) != 0);
    }

    [InlineArray(MaxDepth)]
    private struct Nodes
    {
        private SortedTree.Node _element;
    }
}
