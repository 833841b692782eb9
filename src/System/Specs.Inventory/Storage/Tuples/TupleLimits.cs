namespace Specs.Inventory.Storage.Tuples;

/// <summary>The limits of the tuple layer, checked by the writer and the reader alike.</summary>
public static class TupleLimits
{
    /// <summary>
    /// How deep nested tuples may go. Keys are short (LMDB allows 511 bytes), so real keys nest one or two
    /// levels; the limit keeps a hostile input from driving the reader's recursion and nesting stack.
    /// </summary>
    public const int MaxNestingDepth = 32;

    /// <summary>The longest big integer magnitude: the length byte of type codes 0x0B/0x1D holds at most 255.</summary>
    public const int MaxBigIntegerBytes = 255;
}
