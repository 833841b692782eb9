namespace Specs.Inventory.Storage.Tuples;

/// <summary>What is wrong with a tuple that could not be read; carried by <see cref="TupleFormatException"/>.</summary>
public enum TupleProblem
{
    /// <summary>A byte string, string or nested tuple runs to the end of the input without its 0x00 terminator.</summary>
    MissingTerminator,

    /// <summary>An integer (or the length byte of a big integer) is cut off by the end of the input.</summary>
    TruncatedInteger,

    /// <summary>A float or double has fewer than 4 or 8 payload bytes.</summary>
    TruncatedFloat,

    /// <summary>A UUID has fewer than 16 payload bytes.</summary>
    TruncatedUuid,

    /// <summary>A versionstamp has fewer than 12 payload bytes.</summary>
    TruncatedVersionstamp,

    /// <summary>A big integer declares more bytes than remain in the input.</summary>
    BigIntegerLengthOverflow,

    /// <summary>
    /// An integer is not in its shortest form (a leading zero magnitude byte, or a big integer that fits
    /// in 8 bytes). Such bytes would decode, but a key re-encoded from the value would differ and sort
    /// elsewhere, so they are refused.
    /// </summary>
    NonCanonicalInteger,

    /// <summary>The byte where an element starts is not a supported type code.</summary>
    UnknownTypeCode,

    /// <summary>The null escape 0x00 0xFF appears outside a nested tuple.</summary>
    BadEscape,

    /// <summary>A string element is not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The reader was asked for one kind of element and found another.</summary>
    UnexpectedType,

    /// <summary>The reader was asked for an element and found the end of the tuple or nested tuple.</summary>
    UnexpectedEnd,

    /// <summary>An integer does not fit the type the reader asked for (a big integer read as long, say).</summary>
    IntegerOutOfRange,

    /// <summary>Nested tuples go deeper than <see cref="TupleLimits.MaxNestingDepth"/>.</summary>
    NestingTooDeep,
}
