using System.Buffers;
using System.Runtime.CompilerServices;
using Google.FlatBuffers;

namespace Specs.Inventory.Contracts.Wire;

/// <summary>
/// Writing helpers for generated contract code, on top of Google.FlatBuffers' builder. A builder
/// writes back to front and cannot nest objects, so strings, vectors and sub-tables are written
/// before the table that refers to them, and their offsets collected first. With a reused builder
/// nothing here allocates (offset lists up to <see cref="StackOffsets"/> live on the stack, larger
/// ones in pooled arrays).
/// </summary>
public static class ContractWriter
{
    private const int StackOffsets = 64;

    /// <summary>Writes a string; 0 (absent) for null.</summary>
    public static int String(FlatBufferBuilder builder, string? value) =>
        value is null ? 0 : builder.CreateString(value).Value;

    /// <summary>Adds a Guid field as an inline <c>Uuid</c> struct; Guid.Empty is the default and is left out.</summary>
    public static void AddUuid(FlatBufferBuilder builder, int id, Guid value)
    {
        if (value != Guid.Empty)
        {
            PutUuid(builder, value);
            builder.AddStruct(id, builder.Offset, 0);
        }
    }

    /// <summary>Adds an optional Guid field; null is left out, Guid.Empty is written.</summary>
    public static void AddUuid(FlatBufferBuilder builder, int id, Guid? value)
    {
        if (value is { } present)
        {
            PutUuid(builder, present);
            builder.AddStruct(id, builder.Offset, 0);
        }
    }

    private static void PutUuid(FlatBufferBuilder builder, Guid value)
    {
        var (high, low) = Uuid.Split(value);
        builder.Prep(Uuid.Alignment, Uuid.Size);
        builder.PutUlong(low);
        builder.PutUlong(high);
    }

    /// <summary>Writes a vector of scalars or enums; 0 (absent) for null.</summary>
    public static int ScalarVector<T>(FlatBufferBuilder builder, IReadOnlyList<T>? items)
        where T : unmanaged
    {
        if (items is null)
        {
            return 0;
        }

        var size = Unsafe.SizeOf<T>();
        builder.StartVector(size, items.Count, size);
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var item = items[i];
            if (typeof(T) == typeof(bool))
            {
                builder.AddBool(Unsafe.As<T, bool>(ref item));
                continue;
            }

            switch (size)
            {
                case 1:
                    builder.AddByte(Unsafe.As<T, byte>(ref item));
                    break;
                case 2:
                    builder.AddUshort(Unsafe.As<T, ushort>(ref item));
                    break;
                case 4:
                    builder.AddUint(Unsafe.As<T, uint>(ref item));
                    break;
                default:
                    builder.AddUlong(Unsafe.As<T, ulong>(ref item));
                    break;
            }
        }

        return builder.EndVector().Value;
    }

    /// <summary>Writes a vector of Guids as inline <c>Uuid</c> structs; 0 (absent) for null.</summary>
    public static int UuidVector(FlatBufferBuilder builder, IReadOnlyList<Guid>? items)
    {
        if (items is null)
        {
            return 0;
        }

        builder.StartVector(Uuid.Size, items.Count, Uuid.Alignment);
        for (var i = items.Count - 1; i >= 0; i--)
        {
            PutUuid(builder, items[i]);
        }

        return builder.EndVector().Value;
    }

    /// <summary>Writes a vector of strings; 0 (absent) for null. FlatBuffers vectors cannot hold null.</summary>
    /// <exception cref="ArgumentException">an element is null.</exception>
    public static int StringVector(FlatBufferBuilder builder, IReadOnlyList<string>? items, string field)
    {
        if (items is null)
        {
            return 0;
        }

        var count = items.Count;
        int[]? rented = null;
        var offsets = count <= StackOffsets ? stackalloc int[StackOffsets] : (rented = ArrayPool<int>.Shared.Rent(count));
        try
        {
            for (var i = 0; i < count; i++)
            {
                var item = items[i] ?? throw new ArgumentException($"{field}[{i}] is null: a vector of strings cannot hold null.", nameof(items));
                offsets[i] = builder.CreateString(item).Value;
            }

            return OffsetVector(builder, offsets[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes a vector of tables; 0 (absent) for null.</summary>
    /// <exception cref="ArgumentException">an element is null.</exception>
    public static int TableVector<T>(FlatBufferBuilder builder, IReadOnlyList<T>? items, string field)
        where T : class, IContractValue
    {
        if (items is null)
        {
            return 0;
        }

        var count = items.Count;
        int[]? rented = null;
        var offsets = count <= StackOffsets ? stackalloc int[StackOffsets] : (rented = ArrayPool<int>.Shared.Rent(count));
        try
        {
            for (var i = 0; i < count; i++)
            {
                var item = items[i] ?? throw new ArgumentException($"{field}[{i}] is null: a vector of tables cannot hold null.", nameof(items));
                offsets[i] = item.WriteTo(builder);
            }

            return OffsetVector(builder, offsets[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static int OffsetVector(FlatBufferBuilder builder, ReadOnlySpan<int> offsets)
    {
        builder.StartVector(sizeof(int), offsets.Length, sizeof(int));
        for (var i = offsets.Length - 1; i >= 0; i--)
        {
            builder.AddOffset(offsets[i]);
        }

        return builder.EndVector().Value;
    }

    /// <summary>The finished bytes of <paramref name="builder"/>, in place: valid until the builder is reused.</summary>
    public static ReadOnlySpan<byte> Finished(FlatBufferBuilder builder)
    {
        var buffer = builder.DataBuffer;
        return buffer.ToArraySegment(buffer.Position, buffer.Length - buffer.Position);
    }
}
