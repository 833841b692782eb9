namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// A <see cref="TupleWriter"/> ran out of room in its caller's buffer. The writer is left as it was
/// before the write that failed, so the caller may retry with a larger buffer.
/// </summary>
public sealed class TupleBufferTooSmallException(string what, int offset, int neededBytes, int capacityBytes)
    : StorageException($"Tuple buffer too small: writing {what} at offset {offset} needs {neededBytes} bytes, " +
                       $"the buffer holds {capacityBytes}. Give the writer a larger buffer.")
{
    public int Offset { get; } = offset;
    public int NeededBytes { get; } = neededBytes;
    public int CapacityBytes { get; } = capacityBytes;
}
