namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// Bytes that are not a well-formed tuple, or a tuple element that is not what the reader asked for.
/// <see cref="Offset"/> is where the offending element starts (its type code), counted from the start
/// of the bytes given to the reader, so for a subspace key it includes the prefix.
/// </summary>
public sealed class TupleFormatException(TupleProblem problem, int offset, string detail, string tupleHex)
    : StorageException($"Malformed tuple ({problem}): {detail}. Tuple bytes: {tupleHex}.")
{
    public TupleProblem Problem { get; } = problem;
    public int Offset { get; } = offset;

    /// <summary>The sentence that says what is wrong, naming the offset.</summary>
    public string Detail { get; } = detail;

    /// <summary>The tuple's bytes in hex, capped at 64 bytes.</summary>
    public string TupleHex { get; } = tupleHex;
}
