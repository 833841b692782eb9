namespace Specs.Inventory.Storage;

/// <summary>
/// Orders keys the way LMDB does by default: unsigned bytes compared left to right, and a key that is
/// a prefix of another sorts first. Every backend and every model of the store must use this order.
/// </summary>
public sealed class ByteKeyComparer : IComparer<byte[]>
{
    public static ByteKeyComparer Instance { get; } = new();

    private ByteKeyComparer()
    {
    }

    public int Compare(byte[]? x, byte[]? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        return y is null ? 1 : Compare(x.AsSpan(), y.AsSpan());
    }

    /// <summary>Compares two keys; the sign is all that matters.</summary>
    public static int Compare(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y) => x.SequenceCompareTo(y);
}
