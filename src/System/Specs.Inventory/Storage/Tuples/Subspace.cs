namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// A part of the key space: every key that starts with a fixed prefix, the rest of the key being a
/// packed tuple. Immutable. The prefix is usually a packed tuple itself (<see cref="Of"/>), for example
/// one small integer per table, which keeps keys short.
/// </summary>
public sealed class Subspace : IEquatable<Subspace>
{
    private readonly byte[] _prefix;

    /// <summary>A subspace over raw prefix bytes.</summary>
    public Subspace(ReadOnlySpan<byte> prefix)
    {
        _prefix = prefix.ToArray();
    }

    /// <summary>The whole key space: no prefix.</summary>
    public static Subspace All { get; } = new([]);

    /// <summary>The prefix that every key of the subspace starts with.</summary>
    public ReadOnlySpan<byte> Prefix => _prefix;

    /// <summary>A subspace whose prefix is the packed tuple of <paramref name="elements"/>.</summary>
    public static Subspace Of(params object?[] elements) => new(TupleCodec.Pack(elements));

    /// <summary>The subspace inside this one whose prefix adds the packed tuple of <paramref name="elements"/>.</summary>
    public Subspace Nested(params object?[] elements) => new(TupleCodec.Pack(_prefix, elements));

    /// <summary>The key of the tuple <paramref name="elements"/> in this subspace.</summary>
    public byte[] Pack(params object?[] elements) => TupleCodec.Pack(_prefix, elements);

    /// <summary>
    /// Copies the prefix into <paramref name="buffer"/> and returns a writer positioned after it: the hot
    /// path for building keys without allocating. The writer's <see cref="TupleWriter.Written"/> is the whole key.
    /// </summary>
    /// <exception cref="TupleBufferTooSmallException">the buffer cannot hold the prefix.</exception>
    public TupleWriter StartWriter(Span<byte> buffer)
    {
        if (buffer.Length < _prefix.Length)
        {
            throw new TupleBufferTooSmallException("a subspace prefix", 0, _prefix.Length, buffer.Length);
        }

        _prefix.CopyTo(buffer);
        return new TupleWriter(buffer, _prefix.Length);
    }

    /// <summary>Whether <paramref name="key"/> starts with the prefix (the prefix itself included).</summary>
    public bool Contains(ReadOnlySpan<byte> key) => key.StartsWith(_prefix);

    /// <summary>The tuple of a key of this subspace: the elements after the prefix.</summary>
    /// <exception cref="KeyOutsideSubspaceException">the key does not start with the prefix.</exception>
    /// <exception cref="TupleFormatException">the rest of the key is not a well-formed tuple.</exception>
    public IReadOnlyList<object?> Unpack(ReadOnlySpan<byte> key)
    {
        var reader = Read(key);
        return TupleCodec.ReadRemaining(ref reader);
    }

    /// <summary>
    /// A reader over the tuple after the prefix: the hot path for decoding keys without allocating.
    /// Its offsets count from the start of the key.
    /// </summary>
    /// <exception cref="KeyOutsideSubspaceException">the key does not start with the prefix.</exception>
    public TupleReader Read(ReadOnlySpan<byte> key)
    {
        if (!Contains(key))
        {
            throw new KeyOutsideSubspaceException(StorageException.Describe(key), StorageException.Describe(_prefix));
        }

        return new TupleReader(key, _prefix.Length);
    }

    /// <summary>
    /// The range of every key of the subspace that holds a non-empty tuple: <c>[prefix + 00, prefix + FF)</c>.
    /// The bare prefix is not in it, nor are keys whose tuple part starts with 0xFF (never a valid tuple).
    /// </summary>
    public KeyRange Range() => RangeAfter(_prefix);

    /// <summary>The range of every key whose tuple starts with the elements of <paramref name="tuplePrefix"/>, and is longer.</summary>
    public KeyRange Range(params object?[] tuplePrefix) => RangeAfter(Pack(tuplePrefix));

    public bool Equals(Subspace? other) => other is not null && _prefix.AsSpan().SequenceEqual(other._prefix);

    public override bool Equals(object? obj) => Equals(obj as Subspace);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_prefix);
        return hash.ToHashCode();
    }

    public override string ToString() => $"Subspace({(_prefix.Length == 0 ? "all keys" : Convert.ToHexString(_prefix))})";

    private static KeyRange RangeAfter(ReadOnlySpan<byte> prefix)
    {
        var begin = new byte[prefix.Length + 1];
        var end = new byte[prefix.Length + 1];
        prefix.CopyTo(begin);
        prefix.CopyTo(end);
        end[^1] = 0xFF;
        return KeyRange.Own(begin, end);
    }
}
