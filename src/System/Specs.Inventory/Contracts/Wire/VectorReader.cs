using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Specs.Inventory.Contracts.Wire;

/// <summary>
/// A FlatBuffers vector located in a span: <see cref="Length"/> elements of a fixed size. The whole
/// element area was checked to lie inside the span when the reader was made, so element reads need
/// no further checks; offsets stored in elements (strings, tables) are checked when followed.
/// </summary>
public readonly ref struct VectorReader
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly int _start;
    private readonly int _elementSize;
    private readonly string? _tableName;
    private readonly int _fieldId;

    internal VectorReader(ReadOnlySpan<byte> buffer, int start, int length, int elementSize, string tableName, int fieldId)
    {
        _buffer = buffer;
        _start = start;
        Length = length;
        _elementSize = elementSize;
        _tableName = tableName;
        _fieldId = fieldId;
    }

    public int Length { get; }

    /// <summary>The bytes of element <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Element(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
        return _buffer.Slice(_start + (index * _elementSize), _elementSize);
    }

    /// <summary>The UTF-8 bytes of the string element <paramref name="index"/> points to.</summary>
    public ReadOnlySpan<byte> StringElement(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
        return TableReader.StringAt(_buffer, _start + (index * 4), _tableName, _fieldId);
    }

    /// <summary>The table element <paramref name="index"/> points to.</summary>
    public TableReader TableElement(int index, string tableName)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
        var position = _start + (index * 4);
        return TableReader.At(_buffer, position + (long)BinaryPrimitives.ReadUInt32LittleEndian(_buffer.Slice(position, 4)), tableName);
    }
}
