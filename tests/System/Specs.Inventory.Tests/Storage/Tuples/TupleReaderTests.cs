using System.Text;
using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

public sealed class TupleReaderTests
{
    [Fact]
    public void A_reader_walks_a_mixed_tuple_element_by_element()
    {
        var id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        var stamp = new Versionstamp(7, 1, 2);
        var packed = TupleCodec.Pack(null, true, -5L, 2.5f, 1.25, id, stamp, "héllo", new byte[] { 1, 2 });
        var reader = new TupleReader(packed);

        Assert.Equal(TupleElementType.Null, reader.PeekType());
        reader.ReadNull();
        Assert.True(reader.ReadBoolean());
        Assert.Equal(-5L, reader.ReadInt64());
        Assert.Equal(2.5f, reader.ReadSingle());
        Assert.Equal(1.25, reader.ReadDouble());
        Assert.Equal(id, reader.ReadGuid());
        Assert.Equal(stamp, reader.ReadVersionstamp());
        Assert.Equal(TupleElementType.String, reader.PeekType());
        Assert.Equal("héllo", Encoding.UTF8.GetString(reader.ReadUtf8()));
        Assert.Equal([1, 2], reader.ReadBytes().ToArray());
        Assert.True(reader.End);
        Assert.Equal(packed.Length, reader.Offset);
    }

    [Fact]
    public void Bytes_without_escapes_are_a_slice_of_the_input()
    {
        var packed = TupleCodec.Pack(new byte[] { 7, 8, 9 });
        var reader = new TupleReader(packed);

        var bytes = reader.ReadBytes();

        Assert.True(packed.AsSpan(1, 3).Overlaps(bytes));
        Assert.Equal([7, 8, 9], bytes.ToArray());
    }

    [Fact]
    public void Bytes_with_escaped_zeros_are_unescaped()
    {
        var packed = TupleCodec.Pack(new byte[] { 0, 1, 0, 0 }, "a\0b");
        var reader = new TupleReader(packed);

        Assert.Equal([0, 1, 0, 0], reader.ReadBytes().ToArray());
        Assert.Equal("a\0b"u8.ToArray(), reader.ReadUtf8().ToArray());
    }

    [Fact]
    public void TryReadBytes_unescapes_into_the_callers_buffer_or_says_how_much_it_needs_without_moving()
    {
        var packed = TupleCodec.Pack(new byte[] { 0, 5, 0 }, "\0z");
        var reader = new TupleReader(packed);
        Span<byte> small = stackalloc byte[2];
        Span<byte> large = stackalloc byte[8];

        Assert.False(reader.TryReadBytes(small, out var needed));
        Assert.Equal(3, needed);
        Assert.Equal(0, reader.Offset);
        Assert.True(reader.TryReadBytes(large, out var length));
        Assert.Equal([0, 5, 0], large[..length].ToArray());
        Assert.True(reader.TryReadUtf8(large, out length));
        Assert.Equal("\0z"u8.ToArray(), large[..length].ToArray());
        Assert.True(reader.End);
    }

    [Fact]
    public void Strings_with_escaped_zeros_longer_than_the_stack_buffer_read_back()
    {
        var text = string.Concat(Enumerable.Repeat("abc\0", 200));

        Assert.Equal(text, new TupleReader(TupleCodec.Pack(text)).ReadString());
    }

    [Fact]
    public void Nested_tuples_are_entered_read_and_exited()
    {
        var packed = TupleCodec.Pack(1L, new object?[] { null, "in", new object?[] { 2L } }, "after");
        var reader = new TupleReader(packed);

        Assert.Equal(1L, reader.ReadInt64());
        reader.EnterNested();
        Assert.Equal(1, reader.Depth);
        Assert.Equal(TupleElementType.Null, reader.PeekType());
        reader.ReadNull();
        Assert.Equal("in", reader.ReadString());
        reader.EnterNested();
        Assert.Equal(2L, reader.ReadInt64());
        Assert.True(reader.End);
        reader.ExitNested();
        Assert.True(reader.End);
        reader.ExitNested();
        Assert.Equal(0, reader.Depth);
        Assert.Equal("after", reader.ReadString());
        Assert.True(reader.End);
    }

    [Fact]
    public void Exiting_a_nested_tuple_early_skips_the_elements_not_read()
    {
        var packed = TupleCodec.Pack(new object?[] { 1L, null, new object?[] { null }, "x\0" }, true);
        var reader = new TupleReader(packed);

        reader.EnterNested();
        Assert.Equal(1L, reader.ReadInt64());
        reader.ExitNested();

        Assert.True(reader.ReadBoolean());
        Assert.True(reader.End);
    }

    [Fact]
    public void A_reader_can_start_after_a_prefix_and_reports_offsets_in_the_whole_key()
    {
        byte[] key = [0xAA, 0xBB, .. TupleCodec.Pack("x")];
        var reader = new TupleReader(key, 2);

        var failure = CaptureReadInt64(key, 2);

        Assert.Equal("x", reader.ReadString());
        Assert.Equal(2, failure.Offset);
        Assert.Contains("AABB02", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_read_leaves_the_reader_where_it_was()
    {
        var packed = TupleCodec.Pack(1L, "two");
        var reader = new TupleReader(packed);
        reader.ReadInt64();
        var before = reader.Offset;

        var threw = false;
        try
        {
            reader.ReadGuid();
        }
        catch (TupleFormatException)
        {
            threw = true;
        }

        Assert.True(threw);
        Assert.Equal(before, reader.Offset);
        Assert.Equal("two", reader.ReadString());
    }

    private static TupleFormatException CaptureReadInt64(byte[] key, int start)
    {
        try
        {
            new TupleReader(key, start).ReadInt64();
        }
        catch (TupleFormatException failure)
        {
            return failure;
        }

        throw new InvalidOperationException("ReadInt64 should have refused a string");
    }
}
