using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Specs.Sim.Storage;

/// <summary>
/// A key's first eight bytes as one big-endian number (zero-padded when shorter), kept in each tree node next to
/// the key's length, so that most steps of a descent order the key without reading the node's key array: the
/// store's keys average about eleven bytes (a subspace byte, a tuple type code, then the value), so the head
/// usually decides, and the key array is a second dependent load per level, often out of cache.
/// </summary>
/// <remarks>
/// Why a differing head orders the keys as unsigned bytes do: the heads differ first at some byte i; where both
/// keys have a byte i that is their first difference, and where one has ended its pad 0 is below the other's
/// byte there (a real byte that differs from 0), so the shorter key, equal up to its end, sorts first, as a
/// prefix does. Equal heads decide nothing unless both keys fit in the head: then the keys agree wherever both
/// have bytes, and the shorter sorts first.
/// </remarks>
internal static class KeyHead
{
    /// <summary>How many leading bytes the head holds.</summary>
    public const int Length = sizeof(ulong);

    /// <summary>The head of <paramref name="key"/>.</summary>
    public static ulong Of(ReadOnlySpan<byte> key)
    {
        if (key.Length >= Length)
        {
            return BinaryPrimitives.ReadUInt64BigEndian(key);
        }

        ulong head = 0;
        for (var i = 0; i < key.Length; i++)
        {
            head |= (ulong)key[i] << (56 - (8 * i));
        }

        return head;
    }

    /// <summary>
    /// The order of <paramref name="key"/> (whose head is <paramref name="head"/>) against <paramref name="node"/>'s key
    /// as unsigned bytes: negative before it, zero equal, positive after. Reads the node's key array only when the
    /// heads agree and a key is longer than its head.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(ReadOnlySpan<byte> key, ulong head, SortedTree.Node node)
    {
        if (head != node.Head)
        {
            return head < node.Head ? -1 : 1;
        }

        return key.Length <= Length && node.KeyLength <= Length ? key.Length - node.KeyLength : key.SequenceCompareTo(node.Key);
    }
}
