using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// A half-open range of keys <c>[Begin, End)</c> under unsigned byte order, as a range read or clear takes
/// it. The arrays are the range's own copies: treat them as read-only.
/// </summary>
public sealed record KeyRange
{
    public KeyRange(ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end)
    {
        if (begin.SequenceCompareTo(end) > 0)
        {
            throw new ArgumentException(
                $"A key range must not begin after it ends: begin {StorageException.Describe(begin)}, end {StorageException.Describe(end)}.",
                nameof(begin));
        }

        Begin = begin.ToArray();
        End = end.ToArray();
    }

    private KeyRange(byte[] begin, byte[] end)
    {
        Begin = begin;
        End = end;
    }

    /// <summary>The first key in the range.</summary>
    public byte[] Begin { get; }

    /// <summary>The first key after the range.</summary>
    public byte[] End { get; }

    /// <summary>Whether the range holds no key at all.</summary>
    public bool IsEmpty => Begin.AsSpan().SequenceEqual(End);

    /// <summary>A range over arrays the caller hands over and no longer touches, already known to be ordered.</summary>
    internal static KeyRange Own(byte[] begin, byte[] end)
    {
        Invariant.Assert(begin.AsSpan().SequenceCompareTo(end) <= 0);
        return new KeyRange(begin, end);
    }

    /// <summary>The range of every key that starts with <paramref name="prefix"/>, the prefix itself included.</summary>
    /// <exception cref="ArgumentException">the prefix is empty or all 0xFF bytes, so no key bounds the range above.</exception>
    public static KeyRange StartsWith(ReadOnlySpan<byte> prefix) => new(prefix, PrefixSuccessor(prefix));

    /// <summary>
    /// The first key that does not start with <paramref name="prefix"/> and sorts after it (FoundationDB's
    /// strinc): the prefix without its trailing 0xFF bytes, with its last byte incremented.
    /// </summary>
    /// <exception cref="ArgumentException">the prefix is empty or all 0xFF bytes.</exception>
    public static byte[] PrefixSuccessor(ReadOnlySpan<byte> prefix)
    {
        var kept = prefix.TrimEnd((byte)0xFF);
        if (kept.IsEmpty)
        {
            throw new ArgumentException(
                $"The prefix {(prefix.IsEmpty ? "(empty)" : StorageException.Describe(prefix))} has no successor: " +
                "every key above it starts with it. A prefix range needs a byte other than 0xFF.",
                nameof(prefix));
        }

        var successor = kept.ToArray();
        successor[^1]++;
        return successor;
    }

    /// <summary>Whether <c>Begin &lt;= key &lt; End</c> under unsigned byte order.</summary>
    public bool Contains(ReadOnlySpan<byte> key) =>
        key.SequenceCompareTo(Begin) >= 0 && key.SequenceCompareTo(End) < 0;

    public bool Equals(KeyRange? other) =>
        other is not null && Begin.AsSpan().SequenceEqual(other.Begin) && End.AsSpan().SequenceEqual(other.End);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Begin);
        hash.Add(Begin.Length);
        hash.AddBytes(End);
        return hash.ToHashCode();
    }

    public override string ToString() => $"[{Convert.ToHexString(Begin)}, {Convert.ToHexString(End)})";
}
