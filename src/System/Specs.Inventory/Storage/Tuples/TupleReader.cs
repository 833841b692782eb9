using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// Reads the elements of a packed tuple in order, straight from the caller's bytes. Reading numbers,
/// UUIDs, versionstamps, and byte strings or UTF-8 without escaped zeros allocates nothing.
/// Every read validates what it consumes: bytes that are not a well-formed tuple, or an element of
/// another kind than the one asked for, throw <see cref="TupleFormatException"/> naming the offset
/// where the element starts, and leave the reader where it was.
/// </summary>
public ref partial struct TupleReader
{
    private const int StackUnescapeBytes = 256;

    private readonly ReadOnlySpan<byte> _tuple;
    private int _offset;
    private int _depth;
    private bool _afterTopLevelNull;
    private NestingStarts _nestingStarts;

    public TupleReader(ReadOnlySpan<byte> tuple)
    {
        _tuple = tuple;
    }

    /// <summary>
    /// Reads the tuple that starts at <paramref name="start"/> (after a subspace prefix, say). Offsets
    /// stay counted from the start of <paramref name="bytes"/>, so errors point into the whole key.
    /// </summary>
    public TupleReader(ReadOnlySpan<byte> bytes, int start)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, bytes.Length);
        _tuple = bytes;
        _offset = start;
    }

    /// <summary>Where the next element starts, counted from the start of the bytes.</summary>
    public readonly int Offset => _offset;

    /// <summary>How many nested tuples the reader is inside.</summary>
    public readonly int Depth => _depth;

    /// <summary>
    /// Whether the current level has no more elements: the end of the bytes at the top level, the
    /// terminator inside a nested tuple.
    /// </summary>
    /// <exception cref="TupleFormatException">inside a nested tuple that the bytes end before closing.</exception>
    public readonly bool End
    {
        get
        {
            if (_depth == 0)
            {
                return _offset >= _tuple.Length;
            }

            if (_offset >= _tuple.Length)
            {
                throw MissingTerminator(_nestingStarts[_depth - 1]);
            }

            return _tuple[_offset] == TupleTypeCode.Null && !IsEscape(_offset + 1);
        }
    }

    /// <summary>The kind of the next element, without consuming it.</summary>
    public readonly TupleElementType PeekType()
    {
        if (End)
        {
            throw UnexpectedEnd("an element");
        }

        return ClassifyAt(_offset, _afterTopLevelNull);
    }

    public void ReadNull()
    {
        var start = Begin(TupleElementType.Null);
        Finish(start + (_depth == 0 ? 1 : 2));
    }

    public bool ReadBoolean()
    {
        var start = Begin(TupleElementType.Boolean);
        var value = _tuple[start] == TupleTypeCode.True;
        Finish(start + 1);
        return value;
    }

    /// <exception cref="TupleFormatException">with <see cref="TupleProblem.IntegerOutOfRange"/> when the integer does not fit a long.</exception>
    public long ReadInt64()
    {
        var start = Begin(TupleElementType.Integer);
        var end = IntegerEnd(start, out var payloadStart, out var size, out var negative);
        const ulong longMinMagnitude = 1ul << 63;
        if (size > 8)
        {
            throw OutOfRange(start, "a long");
        }

        var magnitude = SmallMagnitude(payloadStart, size, negative);
        if (negative ? magnitude > longMinMagnitude : magnitude > long.MaxValue)
        {
            throw OutOfRange(start, "a long");
        }

        Finish(end);
        return negative ? unchecked(-(long)magnitude) : (long)magnitude;
    }

    /// <exception cref="TupleFormatException">with <see cref="TupleProblem.IntegerOutOfRange"/> when the integer is negative or over 2^64 - 1.</exception>
    public ulong ReadUInt64()
    {
        var start = Begin(TupleElementType.Integer);
        var end = IntegerEnd(start, out var payloadStart, out var size, out var negative);
        if (size > 8 || negative)
        {
            throw OutOfRange(start, "an unsigned long");
        }

        var magnitude = SmallMagnitude(payloadStart, size, negative: false);
        Finish(end);
        return magnitude;
    }

    /// <summary>Reads an integer of any width.</summary>
    public BigInteger ReadBigInteger()
    {
        var start = Begin(TupleElementType.Integer);
        var end = IntegerEnd(start, out var payloadStart, out var size, out var negative);
        BigInteger value;
        if (size <= 8)
        {
            var magnitude = SmallMagnitude(payloadStart, size, negative);
            value = negative ? -(BigInteger)magnitude : magnitude;
        }
        else
        {
            var payload = _tuple.Slice(payloadStart, size);
            if (negative)
            {
                Span<byte> flipped = stackalloc byte[TupleLimits.MaxBigIntegerBytes];
                flipped = flipped[..size];
                for (var index = 0; index < size; index++)
                {
                    flipped[index] = (byte)~payload[index];
                }

                value = -new BigInteger(flipped, isUnsigned: true, isBigEndian: true);
            }
            else
            {
                value = new BigInteger(payload, isUnsigned: true, isBigEndian: true);
            }
        }

        Finish(end);
        return value;
    }

    public float ReadSingle()
    {
        var start = Begin(TupleElementType.Single);
        var end = FixedEnd(start, 4, TupleProblem.TruncatedFloat);
        var value = OrderedFloat.DecodeSingle(BinaryPrimitives.ReadUInt32BigEndian(_tuple[(start + 1)..]));
        Finish(end);
        return value;
    }

    public double ReadDouble()
    {
        var start = Begin(TupleElementType.Double);
        var end = FixedEnd(start, 8, TupleProblem.TruncatedFloat);
        var value = OrderedFloat.DecodeDouble(BinaryPrimitives.ReadUInt64BigEndian(_tuple[(start + 1)..]));
        Finish(end);
        return value;
    }

    public Guid ReadGuid()
    {
        var start = Begin(TupleElementType.Uuid);
        var end = FixedEnd(start, 16, TupleProblem.TruncatedUuid);
        var value = new Guid(_tuple.Slice(start + 1, 16), bigEndian: true);
        Finish(end);
        return value;
    }

    public Versionstamp ReadVersionstamp()
    {
        var start = Begin(TupleElementType.Versionstamp);
        var end = FixedEnd(start, Versionstamp.Size, TupleProblem.TruncatedVersionstamp);
        var value = Versionstamp.FromBytes(_tuple.Slice(start + 1, Versionstamp.Size));
        Finish(end);
        return value;
    }

    /// <summary>Reads a string element as a .NET string.</summary>
    public string ReadString()
    {
        var start = Begin(TupleElementType.String);
        var terminator = EscapedEnd(start, out var escapes);
        var raw = _tuple[(start + 1)..terminator];
        ValidateUtf8(start, raw);
        string value;
        if (escapes == 0)
        {
            value = Encoding.UTF8.GetString(raw);
        }
        else
        {
            var length = raw.Length - escapes;
            byte[]? rented = null;
            Span<byte> unescaped = length <= StackUnescapeBytes
                ? stackalloc byte[StackUnescapeBytes]
                : (rented = ArrayPool<byte>.Shared.Rent(length));
            Unescape(raw, unescaped);
            value = Encoding.UTF8.GetString(unescaped[..length]);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        Finish(terminator + 1);
        return value;
    }

    /// <summary>
    /// Reads a string element as UTF-8 bytes. Without escaped zeros this is a slice of the input and
    /// allocates nothing; with them it is a new unescaped array (use <see cref="TryReadUtf8"/> to
    /// unescape into a buffer of your own instead).
    /// </summary>
    public ReadOnlySpan<byte> ReadUtf8()
    {
        var start = Begin(TupleElementType.String);
        var terminator = EscapedEnd(start, out var escapes);
        var raw = _tuple[(start + 1)..terminator];
        ValidateUtf8(start, raw);
        var value = escapes == 0 ? raw : UnescapeToArray(raw, escapes);
        Finish(terminator + 1);
        return value;
    }

    /// <summary>
    /// Unescapes a string element's UTF-8 bytes into <paramref name="destination"/>. Returns false, with
    /// <paramref name="length"/> set to the bytes needed and the reader not moved, when it is too small.
    /// </summary>
    public bool TryReadUtf8(scoped Span<byte> destination, out int length)
    {
        var start = Begin(TupleElementType.String);
        var terminator = EscapedEnd(start, out var escapes);
        var raw = _tuple[(start + 1)..terminator];
        ValidateUtf8(start, raw);
        return TryUnescapeInto(raw, escapes, terminator, destination, out length);
    }

    /// <summary>
    /// Reads a byte string element. Without escaped zeros this is a slice of the input and allocates
    /// nothing; with them it is a new unescaped array (use <see cref="TryReadBytes"/> to unescape into
    /// a buffer of your own instead).
    /// </summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        var start = Begin(TupleElementType.Bytes);
        var terminator = EscapedEnd(start, out var escapes);
        var raw = _tuple[(start + 1)..terminator];
        var value = escapes == 0 ? raw : UnescapeToArray(raw, escapes);
        Finish(terminator + 1);
        return value;
    }

    /// <summary>
    /// Unescapes a byte string element into <paramref name="destination"/>. Returns false, with
    /// <paramref name="length"/> set to the bytes needed and the reader not moved, when it is too small.
    /// </summary>
    public bool TryReadBytes(scoped Span<byte> destination, out int length)
    {
        var start = Begin(TupleElementType.Bytes);
        var terminator = EscapedEnd(start, out var escapes);
        return TryUnescapeInto(_tuple[(start + 1)..terminator], escapes, terminator, destination, out length);
    }

    /// <summary>Steps into a nested tuple; read its elements, then call <see cref="ExitNested"/>.</summary>
    public void EnterNested()
    {
        var start = Begin(TupleElementType.Nested);
        if (_depth == TupleLimits.MaxNestingDepth)
        {
            throw NestingTooDeep(start);
        }

        _nestingStarts[_depth++] = start;
        _offset = start + 1;
        _afterTopLevelNull = false;
    }

    /// <summary>Leaves the innermost nested tuple, skipping (and validating) any elements not read.</summary>
    public void ExitNested()
    {
        Invariant.Assert(_depth > 0, "ExitNested without a matching EnterNested");
        while (!End)
        {
            SkipElement();
        }

        _offset++;
        _depth--;
        _afterTopLevelNull = false;
    }

    /// <summary>Steps over the next element, validating it as reading it would.</summary>
    public void SkipElement()
    {
        if (End)
        {
            throw UnexpectedEnd("an element");
        }

        ClassifyAt(_offset, _afterTopLevelNull);
        Finish(ElementEnd(_offset, _depth));
    }

    private readonly int Begin(TupleElementType expected)
    {
        if (End)
        {
            throw UnexpectedEnd(TupleTypeCode.Describe(expected));
        }

        var actual = ClassifyAt(_offset, _afterTopLevelNull);
        if (actual != expected)
        {
            throw Fail(
                TupleProblem.UnexpectedType,
                _offset,
                $"expected {TupleTypeCode.Describe(expected)} at offset {_offset}, found {TupleTypeCode.Describe(_tuple[_offset])}");
        }

        return _offset;
    }

    private void Finish(int end)
    {
        _afterTopLevelNull = _depth == 0 && _tuple[_offset] == TupleTypeCode.Null;
        _offset = end;
    }

    private readonly TupleFormatException UnexpectedEnd(string expected) => Fail(
        TupleProblem.UnexpectedEnd,
        _offset,
        $"expected {expected} at offset {_offset}, found the end of the {(_depth == 0 ? "tuple" : "nested tuple")}");

    private readonly TupleFormatException MissingTerminator(int offset) => Fail(
        TupleProblem.MissingTerminator,
        offset,
        $"{TupleTypeCode.Describe(_tuple[offset])} starting at offset {offset} has no 0x00 terminator before the end of the input");

    private readonly TupleFormatException OutOfRange(int offset, string target) => Fail(
        TupleProblem.IntegerOutOfRange,
        offset,
        $"integer at offset {offset} does not fit {target}; read it as a BigInteger");

    private readonly TupleFormatException NestingTooDeep(int offset) => Fail(
        TupleProblem.NestingTooDeep,
        offset,
        $"nested tuple at offset {offset} goes deeper than {TupleLimits.MaxNestingDepth} levels");

    private readonly TupleFormatException Fail(TupleProblem problem, int offset, string detail) =>
        new(problem, offset, detail, StorageException.Describe(_tuple));
}
