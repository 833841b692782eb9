namespace Specs.Inventory.Contracts.Wire;

/// <summary>
/// Where <see cref="TableReader.At"/> found a table and its vtable in a buffer of
/// <see cref="BufferLength"/> bytes, after checking them. Holding it lets a reader that opened a table
/// once reopen it over the same bytes without repeating those checks (<see cref="TableReader.Reopen"/>).
/// </summary>
/// <remarks>
/// Only <see cref="TableReader.Shape"/> makes one (the constructor is internal and the properties have no
/// setters), so a shape always describes offsets that were checked against its buffer length; the
/// <c>default</c> shape describes an absent table in an empty buffer, which reads no bytes at all.
/// </remarks>
public readonly struct TableShape
{
    internal TableShape(int table, int vtable, int vtableSize, int bufferLength)
    {
        Table = table;
        Vtable = vtable;
        VtableSize = vtableSize;
        BufferLength = bufferLength;
    }

    /// <summary>The table's position in the buffer.</summary>
    public int Table { get; }

    /// <summary>The vtable's position in the buffer.</summary>
    public int Vtable { get; }

    /// <summary>The vtable's size in bytes (0 for an absent table).</summary>
    public int VtableSize { get; }

    /// <summary>The length of the buffer the offsets were checked against.</summary>
    public int BufferLength { get; }
}
