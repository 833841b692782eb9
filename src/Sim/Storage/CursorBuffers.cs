namespace Specs.Sim.Storage;

/// <summary>
/// What a range cursor walks with: its path stack and its copy of the bound it stops at. A store keeps the buffers
/// of the last cursor closed for the next one (<see cref="SimulatedStore"/>), because reads open many short cursors
/// (a stream's head, a view's few rows) and allocating both for each was a tenth of what the store allocates.
/// </summary>
internal sealed class CursorBuffers(int pathLength, int stopLength)
{
    /// <summary>The path stack, at least as long as the tree walked is high.</summary>
    public SortedTree.Node[] Path { get; private set; } = new SortedTree.Node[pathLength];

    /// <summary>Holds the bound in its first bytes; the cursor keeps the bound's length.</summary>
    public byte[] Stop { get; private set; } = new byte[stopLength];

    /// <summary>These buffers, grown where they are shorter than a cursor needs.</summary>
    public CursorBuffers FitFor(int pathLength, int stopLength)
    {
        if (Path.Length < pathLength)
        {
            Path = new SortedTree.Node[pathLength];
        }

        if (Stop.Length < stopLength)
        {
            Stop = new byte[stopLength];
        }

        return this;
    }

    /// <summary>Forgets the nodes the last walk passed, so that a spare does not keep an old snapshot alive.</summary>
    public CursorBuffers Cleared()
    {
        Array.Clear(Path);
        return this;
    }
}
