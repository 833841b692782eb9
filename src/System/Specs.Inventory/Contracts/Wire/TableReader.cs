using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Specs.Inventory.Contracts.Wire;

/// <summary>
/// Reads one FlatBuffers table in place from a span (an LMDB value, say) without allocating.
/// </summary>
/// <remarks>
/// Wire format (FlatBuffers "internals"): a table starts with an int32 soffset; the table's vtable is
/// at <c>table − soffset</c>. The vtable holds uint16 values: its own size in bytes, the table's inline
/// size, then one offset per field id (relative to the table start; 0 or beyond the vtable's end means
/// absent, which reads as the field's default). Strings, vectors and sub-tables are stored as uint32
/// offsets relative to the field's own position, so they always point forward: following them
/// cannot loop. Every read is checked against the span and reads unaligned little-endian values
/// (LMDB aligns values to 2 bytes only), so a corrupt value ends in <see cref="MalformedContractException"/>.
/// A <c>default</c> reader is an absent table: every field reads as its default.
/// Each read is checked exactly once, by an explicit compare against the span's length; the read that
/// follows goes through <see cref="Read{T}"/> without the span's own (duplicate) bounds check. Invariants
/// that make those reads safe: <c>0 ≤ _table</c>, <c>_table + 4 ≤ length</c>, <c>0 ≤ _vtable</c> and
/// <c>_vtable + _vtableSize ≤ length</c> (checked in <see cref="At"/>), so every vtable slot below
/// <c>_vtableSize</c> lies inside the span.
/// </remarks>
public readonly ref struct TableReader
{
    private readonly ReadOnlySpan<byte> _buffer;
    private readonly int _table;
    private readonly int _vtable;
    private readonly int _vtableSize;
    private readonly string? _tableName;

    private TableReader(ReadOnlySpan<byte> buffer, int table, int vtable, int vtableSize, string tableName)
    {
        _buffer = buffer;
        _table = table;
        _vtable = vtable;
        _vtableSize = vtableSize;
        _tableName = tableName;
    }

    /// <summary>Whether the table exists (a default reader stands for an absent one).</summary>
    public bool IsPresent => _tableName is not null && _vtableSize != 0;

    /// <summary>The span the table is read from.</summary>
    public ReadOnlySpan<byte> Buffer => _buffer;

    /// <summary>The table's position in <see cref="Buffer"/>.</summary>
    public int Position => _table;

    /// <summary>Opens the root table of a finished buffer, checking its file identifier when one is expected.</summary>
    /// <param name="buffer">The whole value.</param>
    /// <param name="tableName">The root table's schema name, for error messages.</param>
    /// <param name="fileIdentifier">Bytes 4-7 read as a little-endian uint32, or 0 when the buffer has none.</param>
    public static TableReader Root(ReadOnlySpan<byte> buffer, string tableName, uint fileIdentifier = 0)
    {
        var header = fileIdentifier == 0 ? 4 : 8;
        if (buffer.Length < header)
        {
            throw new MalformedContractException(tableName, -1, 0, buffer.Length, $"the value is shorter than its {header}-byte header");
        }

        if (fileIdentifier != 0)
        {
            var found = Read<uint>(buffer, 4);
            if (found != fileIdentifier)
            {
                throw new MalformedContractException(tableName, -1, 4, buffer.Length,
                    $"file identifier is \"{Printable(buffer.Slice(4, 4))}\", expected \"{Printable(BitConverter.GetBytes(fileIdentifier))}\"");
            }
        }

        var root = Read<uint>(buffer, 0);
        return At(buffer, root, tableName);
    }

    /// <summary>Opens the table at <paramref name="position"/> (as found in a uoffset).</summary>
    public static TableReader At(ReadOnlySpan<byte> buffer, long position, string tableName)
    {
        if (position < 0 || position > buffer.Length - 4L)
        {
            throw new MalformedContractException(tableName, -1, position, buffer.Length, "the table offset points outside the value");
        }

        var table = (int)position;
        long vtable = table - (long)Read<int>(buffer, table);
        if (vtable < 0 || vtable > buffer.Length - 4L)
        {
            throw new MalformedContractException(tableName, -1, table, buffer.Length, $"the vtable offset points outside the value (to {vtable})");
        }

        var vtableSize = (int)Read<ushort>(buffer, (int)vtable);
        var tableSize = (int)Read<ushort>(buffer, (int)vtable + 2);
        if (vtableSize < 4 || (vtableSize & 1) != 0 || vtable + vtableSize > buffer.Length)
        {
            throw new MalformedContractException(tableName, -1, vtable, buffer.Length, $"the vtable size {vtableSize} is invalid or runs past the end");
        }

        if (tableSize < 4 || (long)table + tableSize > buffer.Length)
        {
            throw new MalformedContractException(tableName, -1, table, buffer.Length, $"the table size {tableSize} runs past the end");
        }

        return new TableReader(buffer, table, (int)vtable, vtableSize, tableName);
    }

    /// <summary>Where this table lies, as checked when it was opened.</summary>
    public TableShape Shape => new(_table, _vtable, _vtableSize, _buffer.Length);

    /// <summary>
    /// Reopens a table <see cref="At"/> already opened and checked, without repeating the checks. Its
    /// offsets were checked against a buffer of <see cref="TableShape.BufferLength"/> bytes, so a buffer
    /// of any other length is refused: reads stay inside the span whatever bytes it holds now.
    /// </summary>
    public static TableReader Reopen(ReadOnlySpan<byte> buffer, TableShape shape, string tableName)
    {
        if (buffer.Length != shape.BufferLength)
        {
            throw new MalformedContractException(tableName, -1, shape.Table, buffer.Length,
                $"the value changed length since it was checked ({shape.BufferLength} bytes then)");
        }

        return new TableReader(buffer, shape.Table, shape.Vtable, shape.VtableSize, tableName);
    }

    /// <summary>Whether field <paramref name="id"/> is present.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int id) => FieldPosition(id) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FieldPosition(int id)
    {
        var slot = 4 + (2 * id);
        if (slot >= _vtableSize)
        {
            return 0;
        }

        var offset = Read<ushort>(_buffer, _vtable + slot);
        return offset == 0 ? 0 : _table + offset;
    }

    /// <summary>The position of a present field's <paramref name="size"/> bytes, or 0 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Field(int id, int size)
    {
        var position = FieldPosition(id);
        if (position != 0 && position > _buffer.Length - size)
        {
            throw OutOfRange(id, position, $"the {size}-byte field runs past the end");
        }

        return position;
    }

    public bool Bool(int id, bool defaultValue)
    {
        var position = Field(id, 1);
        return position == 0 ? defaultValue : Read<byte>(_buffer, position) != 0;
    }

    public sbyte SByte(int id, sbyte defaultValue)
    {
        var position = Field(id, 1);
        return position == 0 ? defaultValue : Read<sbyte>(_buffer, position);
    }

    public byte Byte(int id, byte defaultValue)
    {
        var position = Field(id, 1);
        return position == 0 ? defaultValue : Read<byte>(_buffer, position);
    }

    public short Int16(int id, short defaultValue)
    {
        var position = Field(id, 2);
        return position == 0 ? defaultValue : Read<short>(_buffer, position);
    }

    public ushort UInt16(int id, ushort defaultValue)
    {
        var position = Field(id, 2);
        return position == 0 ? defaultValue : Read<ushort>(_buffer, position);
    }

    public int Int32(int id, int defaultValue)
    {
        var position = Field(id, 4);
        return position == 0 ? defaultValue : Read<int>(_buffer, position);
    }

    public uint UInt32(int id, uint defaultValue)
    {
        var position = Field(id, 4);
        return position == 0 ? defaultValue : Read<uint>(_buffer, position);
    }

    public long Int64(int id, long defaultValue)
    {
        var position = Field(id, 8);
        return position == 0 ? defaultValue : Read<long>(_buffer, position);
    }

    public ulong UInt64(int id, ulong defaultValue)
    {
        var position = Field(id, 8);
        return position == 0 ? defaultValue : Read<ulong>(_buffer, position);
    }

    public double Double(int id, double defaultValue)
    {
        var position = Field(id, 8);
        return position == 0 ? defaultValue : Read<double>(_buffer, position);
    }

    public bool? OptionalBool(int id) => Has(id) ? Bool(id, false) : null;

    public sbyte? OptionalSByte(int id) => Has(id) ? SByte(id, 0) : null;

    public byte? OptionalByte(int id) => Has(id) ? Byte(id, 0) : null;

    public short? OptionalInt16(int id) => Has(id) ? Int16(id, 0) : null;

    public ushort? OptionalUInt16(int id) => Has(id) ? UInt16(id, 0) : null;

    public int? OptionalInt32(int id) => Has(id) ? Int32(id, 0) : null;

    public uint? OptionalUInt32(int id) => Has(id) ? UInt32(id, 0) : null;

    public long? OptionalInt64(int id) => Has(id) ? Int64(id, 0) : null;

    public ulong? OptionalUInt64(int id) => Has(id) ? UInt64(id, 0) : null;

    public double? OptionalDouble(int id) => Has(id) ? Double(id, 0) : null;

    /// <summary>A Guid stored inline as the struct <c>Uuid { hi: ulong; lo: ulong; }</c>; Guid.Empty when absent.</summary>
    public Guid Uuid(int id)
    {
        var position = Field(id, Wire.Uuid.Size);
        return position == 0 ? Guid.Empty : Wire.Uuid.Read(_buffer.Slice(position, Wire.Uuid.Size));
    }

    public Guid? OptionalUuid(int id) => Has(id) ? Uuid(id) : null;

    /// <summary>A string field's UTF-8 bytes, in place; empty when absent.</summary>
    public ReadOnlySpan<byte> Utf8(int id)
    {
        var position = Field(id, 4);
        return position == 0 ? default : StringAt(_buffer, position, _tableName, id);
    }

    /// <summary>A string field decoded to a new string (this allocates); null when absent.</summary>
    public string? String(int id)
    {
        var position = Field(id, 4);
        return position == 0 ? null : Encoding.UTF8.GetString(StringAt(_buffer, position, _tableName, id));
    }

    /// <summary>A sub-table; a default (absent) reader when the field is absent.</summary>
    public TableReader Table(int id, string tableName)
    {
        var position = Field(id, 4);
        return position == 0
            ? default
            : At(_buffer, position + (long)Read<uint>(_buffer, position), tableName);
    }

    /// <summary>A vector of <paramref name="elementSize"/>-byte elements; empty when absent.</summary>
    public VectorReader Vector(int id, int elementSize)
    {
        var position = Field(id, 4);
        if (position == 0)
        {
            return default;
        }

        long start = position + (long)Read<uint>(_buffer, position);
        if (start > _buffer.Length - 4L)
        {
            throw OutOfRange(id, start, "the vector offset points outside the value");
        }

        var count = Read<uint>(_buffer, (int)start);
        if (count * (long)elementSize > _buffer.Length - (start + 4))
        {
            throw OutOfRange(id, start, $"the vector of {count} elements of {elementSize} bytes runs past the end");
        }

        return new VectorReader(_buffer, (int)start + 4, (int)count, elementSize, _tableName ?? "table", id);
    }

    /// <summary>Reads the string a uoffset at <paramref name="position"/> points to.</summary>
    /// <remarks>The caller has checked that the 4-byte uoffset at <paramref name="position"/> lies inside <paramref name="buffer"/>.</remarks>
    internal static ReadOnlySpan<byte> StringAt(ReadOnlySpan<byte> buffer, int position, string? tableName, int id)
    {
        long start = position + (long)Read<uint>(buffer, position);
        if (start > buffer.Length - 4L)
        {
            throw new MalformedContractException(tableName ?? "table", id, start, buffer.Length, "the string offset points outside the value");
        }

        var length = Read<uint>(buffer, (int)start);
        if (length > buffer.Length - (start + 4))
        {
            throw new MalformedContractException(tableName ?? "table", id, start, buffer.Length, $"the string of {length} bytes runs past the end");
        }

        // start + 4 + length ≤ buffer.Length was just checked.
        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), (nint)start + 4), (int)length);
    }

    /// <summary>
    /// An unaligned little-endian read at <paramref name="position"/> with no bounds check of its own:
    /// every caller has checked <c>0 ≤ position</c> and <c>position + sizeof(T) ≤ buffer.Length</c>
    /// just before (that compare is the one check; the span's would repeat it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T Read<T>(ReadOnlySpan<byte> buffer, int position)
        where T : unmanaged
    {
        Debug.Assert(position >= 0 && position <= buffer.Length - Unsafe.SizeOf<T>());
        var value = Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), (nint)(uint)position));
        return BitConverter.IsLittleEndian ? value : ReverseEndianness(value);
    }

    private static T ReverseEndianness<T>(T value)
        where T : unmanaged
    {
        Span<byte> bytes = stackalloc byte[Unsafe.SizeOf<T>()];
        MemoryMarshal.Write(bytes, in value);
        bytes.Reverse();
        return MemoryMarshal.Read<T>(bytes);
    }

    private MalformedContractException OutOfRange(int id, long position, string why) =>
        new(_tableName ?? "table", id, position, _buffer.Length, why);

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = bytes[i] is >= 0x20 and < 0x7F ? (char)bytes[i] : '?';
        }

        return new string(chars);
    }
}
