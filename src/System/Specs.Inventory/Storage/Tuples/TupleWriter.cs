using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using System.Text.Unicode;
using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// Writes tuple elements into a caller's buffer in the FoundationDB tuple encoding, without allocating.
/// Elements are appended in order; <see cref="Written"/> is the packed tuple so far.
/// A write that does not fit throws <see cref="TupleBufferTooSmallException"/> and leaves the writer as
/// it was, so nothing half-written is ever part of <see cref="Written"/>.
/// </summary>
public ref struct TupleWriter
{
    private static readonly BigInteger UInt64Max = ulong.MaxValue;
    private static readonly BigInteger NegativeUInt64Max = -(BigInteger)ulong.MaxValue;

    private readonly Span<byte> _buffer;
    private int _length;
    private int _depth;

    public TupleWriter(Span<byte> buffer)
    {
        _buffer = buffer;
    }

    /// <summary>A writer whose first <paramref name="start"/> bytes (a subspace prefix) are already in place.</summary>
    internal TupleWriter(Span<byte> buffer, int start)
    {
        Invariant.Assert(start >= 0 && start <= buffer.Length);
        _buffer = buffer;
        _length = start;
    }

    /// <summary>Bytes written so far, a subspace prefix included.</summary>
    public readonly int Length => _length;

    /// <summary>How many nested tuples are open.</summary>
    public readonly int Depth => _depth;

    /// <summary>The size of the caller's buffer.</summary>
    public readonly int Capacity => _buffer.Length;

    /// <summary>The packed bytes so far. Every nested tuple must be closed first.</summary>
    public readonly ReadOnlySpan<byte> Written
    {
        get
        {
            Invariant.Assert(_depth == 0, "a nested tuple is still open: call EndNested before reading Written");
            return _buffer[.._length];
        }
    }

    /// <summary>Writes a null: 0x00 at the top level, 0x00 0xFF inside a nested tuple.</summary>
    public void WriteNull()
    {
        if (_depth == 0)
        {
            Reserve(1, "a null")[0] = TupleTypeCode.Null;
            return;
        }

        var span = Reserve(2, "a null");
        span[0] = TupleTypeCode.Null;
        span[1] = TupleTypeCode.Escape;
    }

    public void Write(bool value) =>
        Reserve(1, "a boolean")[0] = value ? TupleTypeCode.True : TupleTypeCode.False;

    public void Write(long value)
    {
        if (value >= 0)
        {
            WriteInteger((ulong)value, negative: false);
        }
        else
        {
            // -(value + 1) cannot overflow, and adding one back gives 2^63 for long.MinValue.
            WriteInteger((ulong)(-(value + 1)) + 1, negative: true);
        }
    }

    public void Write(ulong value) => WriteInteger(value, negative: false);

    /// <summary>
    /// Writes any integer. Magnitudes up to 2^64 - 1 take the fixed-width codes 0x0C..0x1C exactly as a
    /// long or ulong would; larger ones take 0x0B/0x1D with a length byte, up to 255 bytes of magnitude.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">the magnitude needs more than 255 bytes.</exception>
    public void Write(BigInteger value)
    {
        if (value >= NegativeUInt64Max && value <= UInt64Max)
        {
            var wide = (Int128)value;
            WriteInteger((ulong)(wide < 0 ? -wide : wide), negative: wide < 0);
            return;
        }

        WriteBigInteger(value);
    }

    public void Write(float value)
    {
        var span = Reserve(5, "a float");
        span[0] = TupleTypeCode.Single;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], OrderedFloat.Encode(value));
    }

    public void Write(double value)
    {
        var span = Reserve(9, "a double");
        span[0] = TupleTypeCode.Double;
        BinaryPrimitives.WriteUInt64BigEndian(span[1..], OrderedFloat.Encode(value));
    }

    /// <summary>Writes a UUID in RFC 4122 (big-endian) byte order, which is also its sort order.</summary>
    public void Write(Guid value)
    {
        var span = Reserve(17, "a UUID");
        span[0] = TupleTypeCode.Uuid;
        var written = value.TryWriteBytes(span[1..], bigEndian: true, out _);
        Invariant.Assert(written);
    }

    public void Write(Versionstamp value)
    {
        var span = Reserve(1 + Versionstamp.Size, "a versionstamp");
        span[0] = TupleTypeCode.Versionstamp;
        value.WriteTo(span[1..]);
    }

    /// <summary>Writes text as a UTF-8 string element (0x02), escaping zero bytes.</summary>
    /// <exception cref="ArgumentException">the text has a lone surrogate, so it has no UTF-8 form.</exception>
    public void WriteString(scoped ReadOnlySpan<char> text)
    {
        // Encode straight into the buffer after the type code, then open gaps for the escapes in place.
        var start = _length;
        var charsRead = 0;
        var bodyLength = 0;
        var status = OperationStatus.DestinationTooSmall;
        if (_buffer.Length - start >= 2)
        {
            status = Utf8.FromUtf16(text, _buffer[(start + 1)..], out charsRead, out bodyLength, replaceInvalidSequences: false);
        }

        if (status == OperationStatus.InvalidData)
        {
            throw new ArgumentException(
                $"Text has a lone surrogate at index {charsRead}: it has no UTF-8 form and cannot be written as a tuple string.",
                nameof(text));
        }

        if (status != OperationStatus.Done)
        {
            var encodedLength = Encoding.UTF8.GetByteCount(text);
            throw TooSmall("a string", start, start + 2 + encodedLength + text.Count('\0'));
        }

        FinishEscaped(TupleTypeCode.String, "a string", start, bodyLength);
    }

    /// <summary>Writes bytes that are already UTF-8 text as a string element (0x02).</summary>
    /// <exception cref="ArgumentException">the bytes are not valid UTF-8.</exception>
    public void WriteUtf8(scoped ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8))
        {
            throw new ArgumentException("Bytes are not valid UTF-8 and cannot be written as a tuple string; write them as a byte string.", nameof(utf8));
        }

        WriteEscaped(TupleTypeCode.String, "a string", utf8);
    }

    /// <summary>Writes a byte string element (0x01), escaping zero bytes as 0x00 0xFF.</summary>
    public void WriteBytes(scoped ReadOnlySpan<byte> bytes) => WriteEscaped(TupleTypeCode.Bytes, "a byte string", bytes);

    /// <summary>Opens a nested tuple (0x05); the elements written until <see cref="EndNested"/> belong to it.</summary>
    /// <exception cref="InvalidOperationException">nesting would go deeper than <see cref="TupleLimits.MaxNestingDepth"/>.</exception>
    public void BeginNested()
    {
        if (_depth == TupleLimits.MaxNestingDepth)
        {
            throw new InvalidOperationException(
                $"Tuples nest at most {TupleLimits.MaxNestingDepth} levels deep; keys should nest one or two.");
        }

        Reserve(1, "a nested tuple")[0] = TupleTypeCode.Nested;
        _depth++;
    }

    /// <summary>Closes the innermost open nested tuple with its 0x00 terminator.</summary>
    public void EndNested()
    {
        Invariant.Assert(_depth > 0, "EndNested without a matching BeginNested");
        Reserve(1, "the end of a nested tuple")[0] = TupleTypeCode.Null;
        _depth--;
    }

    private void WriteInteger(ulong magnitude, bool negative)
    {
        if (magnitude == 0)
        {
            Reserve(1, "an integer")[0] = TupleTypeCode.IntegerZero;
            return;
        }

        var size = 8 - (BitOperations.LeadingZeroCount(magnitude) / 8);
        var span = Reserve(1 + size, "an integer");
        span[0] = (byte)(negative ? TupleTypeCode.IntegerZero - size : TupleTypeCode.IntegerZero + size);

        // Negative numbers store the one's complement of the magnitude, so larger magnitudes sort first.
        var payload = negative ? ~magnitude : magnitude;
        for (var index = size; index >= 1; index--)
        {
            span[index] = (byte)payload;
            payload >>= 8;
        }
    }

    private void WriteBigInteger(BigInteger value)
    {
        var negative = value.Sign < 0;
        var magnitude = BigInteger.Abs(value);
        var size = magnitude.GetByteCount(isUnsigned: true);
        if (size > TupleLimits.MaxBigIntegerBytes)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                $"An integer of {size} bytes is over the tuple limit of {TupleLimits.MaxBigIntegerBytes} bytes.");
        }

        var span = Reserve(2 + size, "a big integer");
        span[0] = negative ? TupleTypeCode.NegativeBigInteger : TupleTypeCode.PositiveBigInteger;

        // The length byte is flipped for negatives too: a longer negative number is a smaller one.
        span[1] = negative ? (byte)~size : (byte)size;
        var body = span[2..];
        var written = magnitude.TryWriteBytes(body, out var bytesWritten, isUnsigned: true, isBigEndian: true);
        Invariant.Assert(written && bytesWritten == size);
        if (negative)
        {
            for (var index = 0; index < body.Length; index++)
            {
                body[index] = (byte)~body[index];
            }
        }
    }

    private void WriteEscaped(byte code, string what, scoped ReadOnlySpan<byte> body)
    {
        var start = _length;
        var zeros = body.Count((byte)0);
        var span = Reserve(2 + body.Length + zeros, what);
        span[0] = code;
        var write = 1;
        var remaining = body;
        while (true)
        {
            var zero = remaining.IndexOf((byte)0);
            if (zero < 0)
            {
                remaining.CopyTo(span[write..]);
                write += remaining.Length;
                break;
            }

            remaining[..zero].CopyTo(span[write..]);
            write += zero;
            span[write++] = 0x00;
            span[write++] = TupleTypeCode.Escape;
            remaining = remaining[(zero + 1)..];
        }

        span[write] = 0x00;
        Invariant.Assert(start + write + 1 == _length);
    }

    /// <summary>
    /// Completes a string whose unescaped body is already in the buffer after its type code: checks the
    /// room for the escapes and the terminator, moves the body apart from the back to insert the escapes,
    /// and only then commits the length.
    /// </summary>
    private void FinishEscaped(byte code, string what, int start, int bodyLength)
    {
        var bodyStart = start + 1;
        var bodyEnd = bodyStart + bodyLength;
        var zeros = _buffer[bodyStart..bodyEnd].Count((byte)0);
        var total = 2 + bodyLength + zeros;
        if (start + total > _buffer.Length)
        {
            throw TooSmall(what, start, start + total);
        }

        var read = bodyEnd;
        var write = bodyEnd + zeros;
        while (zeros > 0)
        {
            var zero = bodyStart + _buffer[bodyStart..read].LastIndexOf((byte)0);
            var tail = read - (zero + 1);
            _buffer.Slice(zero + 1, tail).CopyTo(_buffer.Slice(write - tail, tail));
            write -= tail;
            _buffer[--write] = TupleTypeCode.Escape;
            _buffer[--write] = 0x00;
            read = zero;
            zeros--;
        }

        _buffer[start] = code;
        _buffer[start + total - 1] = 0x00;
        _length = start + total;
    }

    private Span<byte> Reserve(int count, string what)
    {
        var start = _length;
        if (count > _buffer.Length - start)
        {
            throw TooSmall(what, start, start + count);
        }

        _length = start + count;
        return _buffer.Slice(start, count);
    }

    private readonly TupleBufferTooSmallException TooSmall(string what, int offset, int needed) =>
        new(what, offset, needed, _buffer.Length);
}
