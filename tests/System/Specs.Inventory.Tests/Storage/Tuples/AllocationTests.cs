using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

/// <summary>
/// The hot paths allocate nothing. Each measurement runs the work once to warm it up (JIT, statics),
/// then counts the bytes this thread allocates over many repetitions.
/// </summary>
public sealed class AllocationTests
{
    private const int Repetitions = 1_000;
    private static readonly Subspace Stock = Subspace.Of(2);
    private static readonly Guid Id = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Writing_a_realistic_key_allocates_nothing()
    {
        var length = WriteKey();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var repetition = 0; repetition < Repetitions; repetition++)
        {
            length += WriteKey();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(Stock.Pack("SKU-100", 42L, Id).Length * (Repetitions + 1), length);
    }

    [Fact]
    public void Reading_a_realistic_key_allocates_nothing()
    {
        var key = Stock.Pack("SKU-100", 42L, Id, new byte[] { 1, 2, 3 }, new object?[] { 1.5, true }, -3L);
        var checksum = ReadKey(key);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var repetition = 0; repetition < Repetitions; repetition++)
        {
            checksum += ReadKey(key);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(ReadKey(key) * (Repetitions + 1), checksum);
    }

    private static int WriteKey()
    {
        Span<byte> buffer = stackalloc byte[64];
        var writer = Stock.StartWriter(buffer);
        writer.WriteString("SKU-100");
        writer.Write(42L);
        writer.Write(Id);
        return writer.Written.Length;
    }

    private static long ReadKey(ReadOnlySpan<byte> key)
    {
        var reader = Stock.Read(key);
        long sum = reader.ReadUtf8().Length;
        sum += reader.ReadInt64();
        sum += reader.ReadGuid() == Id ? 1 : 0;
        sum += reader.PeekType() == TupleElementType.Bytes ? reader.ReadBytes().Length : 0;
        reader.EnterNested();
        sum += (long)reader.ReadDouble();
        reader.ExitNested();
        reader.SkipElement();
        return reader.End ? sum : -1;
    }
}
