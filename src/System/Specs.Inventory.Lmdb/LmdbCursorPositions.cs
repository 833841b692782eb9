using LightningDB;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// Positions an LMDB cursor on a range bound. A bound may be longer than any storable key (LMDB refuses
/// such a search key), so the search uses its storable prefix and then steps past the few keys that sort
/// between that prefix and the bound: only the prefix itself can, since keys are no longer than it.
/// </summary>
internal static class LmdbCursorPositions
{
    /// <summary>Moves to the first key at or after <paramref name="bound"/> (the first key when the bound is empty).</summary>
    public static (MDBResultCode Code, MDBValue Key, MDBValue Value) AtOrAfter(LightningCursor cursor, ReadOnlySpan<byte> bound, int maxKeyBytes)
    {
        if (bound.IsEmpty)
        {
            return cursor.First();
        }

        var code = cursor.SetRange(bound.Length > maxKeyBytes ? bound[..maxKeyBytes] : bound);
        if (code != MDBResultCode.Success)
        {
            return (code, default, default);
        }

        var current = cursor.GetCurrent();
        while (current.resultCode == MDBResultCode.Success && ByteKeyComparer.Compare(current.key.AsSpan(), bound) < 0)
        {
            current = cursor.Next();
        }

        return current;
    }

    /// <summary>Moves to the last key strictly before <paramref name="bound"/>.</summary>
    public static (MDBResultCode Code, MDBValue Key, MDBValue Value) Before(LightningCursor cursor, ReadOnlySpan<byte> bound, int maxKeyBytes)
    {
        var (code, _, _) = AtOrAfter(cursor, bound, maxKeyBytes);
        if (code == MDBResultCode.NotFound)
        {
            // Every key sorts before the bound.
            return cursor.Last();
        }

        return code == MDBResultCode.Success ? cursor.Previous() : (code, default, default);
    }
}
