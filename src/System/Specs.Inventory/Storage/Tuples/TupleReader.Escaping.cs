using System.Text.Unicode;

namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// Byte strings and strings: finding their terminator past escaped zeros, checking UTF-8, and
/// unescaping into a caller buffer or a new array.
/// </summary>
public ref partial struct TupleReader
{
    /// <summary>
    /// Finds the terminator of the byte string or string at <paramref name="offset"/>: the first 0x00
    /// not followed by 0xFF. Returns its offset and counts the escaped zeros on the way.
    /// </summary>
    private readonly int EscapedEnd(int offset, out int escapes)
    {
        escapes = 0;
        var position = offset + 1;
        while (true)
        {
            var zero = _tuple[position..].IndexOf((byte)0);
            if (zero < 0)
            {
                throw MissingTerminator(offset);
            }

            position += zero;
            if (!IsEscape(position + 1))
            {
                return position;
            }

            escapes++;
            position += 2;
        }
    }

    /// <summary>
    /// Checks UTF-8 piece by piece between escapes: a zero byte is a whole character, so a sequence is
    /// valid exactly when the pieces around its zeros are.
    /// </summary>
    private readonly void ValidateUtf8(int offset, ReadOnlySpan<byte> raw)
    {
        while (true)
        {
            var zero = raw.IndexOf((byte)0);
            if (!Utf8.IsValid(zero < 0 ? raw : raw[..zero]))
            {
                throw Fail(TupleProblem.InvalidUtf8, offset, $"string at offset {offset} is not valid UTF-8");
            }

            if (zero < 0)
            {
                return;
            }

            raw = raw[(zero + 2)..];
        }
    }

    private bool TryUnescapeInto(scoped ReadOnlySpan<byte> raw, int escapes, int terminator, scoped Span<byte> destination, out int length)
    {
        length = raw.Length - escapes;
        if (destination.Length < length)
        {
            return false;
        }

        Unescape(raw, destination);
        Finish(terminator + 1);
        return true;
    }

    private static byte[] UnescapeToArray(ReadOnlySpan<byte> raw, int escapes)
    {
        var value = new byte[raw.Length - escapes];
        Unescape(raw, value);
        return value;
    }

    /// <summary>Copies <paramref name="raw"/> with every 0x00 0xFF turned back into 0x00.</summary>
    private static void Unescape(ReadOnlySpan<byte> raw, Span<byte> destination)
    {
        var write = 0;
        while (true)
        {
            var zero = raw.IndexOf((byte)0);
            if (zero < 0)
            {
                raw.CopyTo(destination[write..]);
                return;
            }

            raw[..(zero + 1)].CopyTo(destination[write..]);
            write += zero + 1;
            raw = raw[(zero + 2)..];
        }
    }

    private readonly bool IsEscape(int offset) => offset < _tuple.Length && _tuple[offset] == TupleTypeCode.Escape;
}
