using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// Where each kind of element ends: the validation every read and skip relies on, so bytes that are not
/// a well-formed tuple are refused before anything is decoded.
/// </summary>
public ref partial struct TupleReader
{
    private readonly TupleElementType ClassifyAt(int offset, bool afterTopLevelNull)
    {
        var code = _tuple[offset];
        if (TupleTypeCode.Classify(code) is { } type)
        {
            return type;
        }

        if (code == TupleTypeCode.Escape && afterTopLevelNull)
        {
            throw Fail(
                TupleProblem.BadEscape,
                offset,
                $"escape byte 0xFF at offset {offset} follows a null outside a nested tuple: 0x00 0xFF is a null only inside a nested tuple");
        }

        throw Fail(
            TupleProblem.UnknownTypeCode,
            offset,
            $"unknown type code 0x{code:X2} at offset {offset}: this tuple layer reads null, bytes, strings, nested tuples, integers, floats, doubles, booleans, UUIDs and 96-bit versionstamps");
    }

    /// <summary>Where the element at <paramref name="offset"/> ends, validating all of it.</summary>
    private readonly int ElementEnd(int offset, int depth)
    {
        switch (ClassifyAt(offset, afterTopLevelNull: false))
        {
            case TupleElementType.Null:
                return offset + (depth == 0 ? 1 : 2);
            case TupleElementType.Bytes:
                return EscapedEnd(offset, out _) + 1;
            case TupleElementType.String:
                var terminator = EscapedEnd(offset, out _);
                ValidateUtf8(offset, _tuple[(offset + 1)..terminator]);
                return terminator + 1;
            case TupleElementType.Nested:
                return NestedEnd(offset, depth);
            case TupleElementType.Integer:
                return IntegerEnd(offset, out _, out _, out _);
            case TupleElementType.Single:
                return FixedEnd(offset, 4, TupleProblem.TruncatedFloat);
            case TupleElementType.Double:
                return FixedEnd(offset, 8, TupleProblem.TruncatedFloat);
            case TupleElementType.Boolean:
                return offset + 1;
            case TupleElementType.Uuid:
                return FixedEnd(offset, 16, TupleProblem.TruncatedUuid);
            case TupleElementType.Versionstamp:
                return FixedEnd(offset, Versionstamp.Size, TupleProblem.TruncatedVersionstamp);
            default:
                throw new InvariantViolationException("every classified element kind has an end");
        }
    }

    private readonly int NestedEnd(int offset, int depth)
    {
        if (depth == TupleLimits.MaxNestingDepth)
        {
            throw NestingTooDeep(offset);
        }

        var position = offset + 1;
        while (true)
        {
            if (position >= _tuple.Length)
            {
                throw MissingTerminator(offset);
            }

            if (_tuple[position] != TupleTypeCode.Null)
            {
                position = ElementEnd(position, depth + 1);
            }
            else if (IsEscape(position + 1))
            {
                position += 2;
            }
            else
            {
                return position + 1;
            }
        }
    }

    /// <summary>
    /// Validates the integer at <paramref name="offset"/> and returns where it ends. The payload is
    /// big-endian magnitude for positives and its one's complement for negatives; sizes over 8 are
    /// big integers (0x0B/0x1D), whose length byte is flipped for negatives.
    /// </summary>
    private readonly int IntegerEnd(int offset, out int payloadStart, out int size, out bool negative)
    {
        var code = _tuple[offset];
        var remaining = _tuple.Length - offset - 1;
        if (code is TupleTypeCode.NegativeBigInteger or TupleTypeCode.PositiveBigInteger)
        {
            negative = code == TupleTypeCode.NegativeBigInteger;
            if (remaining < 1)
            {
                throw Fail(TupleProblem.TruncatedInteger, offset, $"big integer at offset {offset} has no length byte");
            }

            size = negative ? (byte)~_tuple[offset + 1] : _tuple[offset + 1];
            payloadStart = offset + 2;
            if (size > remaining - 1)
            {
                throw Fail(
                    TupleProblem.BigIntegerLengthOverflow,
                    offset,
                    $"big integer at offset {offset} declares {size} bytes, only {remaining - 1} remain");
            }

            if (size <= 8)
            {
                throw Fail(
                    TupleProblem.NonCanonicalInteger,
                    offset,
                    $"big integer at offset {offset} has {size} bytes: integers of up to 8 bytes use the codes 0x0C..0x1C");
            }
        }
        else
        {
            negative = code < TupleTypeCode.IntegerZero;
            size = Math.Abs(code - TupleTypeCode.IntegerZero);
            payloadStart = offset + 1;
            if (size > remaining)
            {
                throw Fail(
                    TupleProblem.TruncatedInteger,
                    offset,
                    $"integer at offset {offset} needs {size} bytes, only {remaining} remain");
            }
        }

        // A leading zero byte of magnitude (0xFF once complemented) means a shorter form exists.
        if (size > 0 && _tuple[payloadStart] == (negative ? 0xFF : 0x00))
        {
            throw Fail(TupleProblem.NonCanonicalInteger, offset, $"integer at offset {offset} is not in its shortest form");
        }

        return payloadStart + size;
    }

    private readonly ulong SmallMagnitude(int payloadStart, int size, bool negative)
    {
        ulong payload = 0;
        foreach (var value in _tuple.Slice(payloadStart, size))
        {
            payload = (payload << 8) | value;
        }

        if (!negative)
        {
            return payload;
        }

        var mask = size == 8 ? ulong.MaxValue : (1ul << (8 * size)) - 1;
        return ~payload & mask;
    }

    private readonly int FixedEnd(int offset, int size, TupleProblem truncated)
    {
        var remaining = _tuple.Length - offset - 1;
        if (size > remaining)
        {
            throw Fail(
                truncated,
                offset,
                $"{TupleTypeCode.Describe(_tuple[offset])} at offset {offset} needs {size} bytes, only {remaining} remain");
        }

        return offset + 1 + size;
    }
}
