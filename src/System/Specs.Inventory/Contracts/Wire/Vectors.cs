using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Specs.Inventory.Contracts.Wire;

/// <summary>
/// A vector of scalars (bool, integers, double, or enums of those) read in place. Elements are read
/// unaligned and little-endian; the size switch is resolved by the JIT per element type.
/// </summary>
public readonly ref struct ScalarVector<T>
    where T : unmanaged
{
    private readonly VectorReader _vector;

    public ScalarVector(VectorReader vector) => _vector = vector;

    public static int ElementSize => Unsafe.SizeOf<T>();

    public int Length => _vector.Length;

    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var bytes = _vector.Element(index);
            if (typeof(T) == typeof(bool))
            {
                var flag = bytes[0] != 0;
                return Unsafe.As<bool, T>(ref flag);
            }

            switch (Unsafe.SizeOf<T>())
            {
                case 1:
                    var one = bytes[0];
                    return Unsafe.As<byte, T>(ref one);
                case 2:
                    var two = BinaryPrimitives.ReadUInt16LittleEndian(bytes);
                    return Unsafe.As<ushort, T>(ref two);
                case 4:
                    var four = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
                    return Unsafe.As<uint, T>(ref four);
                default:
                    Diagnostics.Invariant.Assert(Unsafe.SizeOf<T>() == 8);
                    var eight = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
                    return Unsafe.As<ulong, T>(ref eight);
            }
        }
    }

    public T[] ToArray()
    {
        if (Length == 0)
        {
            return [];
        }

        var items = new T[Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = this[i];
        }

        return items;
    }
}

/// <summary>A vector of strings: elements are their UTF-8 bytes, in place.</summary>
public readonly ref struct StringVector
{
    private readonly VectorReader _vector;

    public StringVector(VectorReader vector) => _vector = vector;

    public int Length => _vector.Length;

    /// <summary>The UTF-8 bytes of element <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> this[int index] => _vector.StringElement(index);

    /// <summary>Element <paramref name="index"/> as a new string (this allocates).</summary>
    public string GetString(int index) => Encoding.UTF8.GetString(_vector.StringElement(index));

    public string[] ToArray()
    {
        if (Length == 0)
        {
            return [];
        }

        var items = new string[Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = GetString(i);
        }

        return items;
    }
}

/// <summary>A vector of Guids stored as inline <c>Uuid</c> structs.</summary>
public readonly ref struct UuidVector
{
    private readonly VectorReader _vector;

    public UuidVector(VectorReader vector) => _vector = vector;

    public int Length => _vector.Length;

    public Guid this[int index] => Uuid.Read(_vector.Element(index));

    public Guid[] ToArray()
    {
        if (Length == 0)
        {
            return [];
        }

        var items = new Guid[Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = this[i];
        }

        return items;
    }
}

/// <summary>A view type the generator writes for every contract table.</summary>
public interface ITableView<TSelf>
    where TSelf : ITableView<TSelf>, allows ref struct
{
    /// <summary>The table's name in the schema (used in error messages).</summary>
    static abstract string TableName { get; }

    static abstract TSelf Create(TableReader table);
}

/// <summary>A vector of tables; element <c>i</c> is a view of the i-th table, made in place.</summary>
public readonly ref struct TableVector<TView>
    where TView : ITableView<TView>, allows ref struct
{
    private readonly VectorReader _vector;

    public TableVector(VectorReader vector) => _vector = vector;

    public int Length => _vector.Length;

    public TView this[int index] => TView.Create(_vector.TableElement(index, TView.TableName));
}
