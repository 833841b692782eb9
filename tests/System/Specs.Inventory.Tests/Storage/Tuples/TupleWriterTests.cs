using Specs.Inventory.Storage.Tuples;

namespace Specs.Inventory.Tests.Storage.Tuples;

public sealed class TupleWriterTests
{
    [Fact]
    public void The_writer_packs_the_same_bytes_as_the_object_form()
    {
        var id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        Span<byte> buffer = stackalloc byte[128];
        var writer = new TupleWriter(buffer);

        writer.WriteNull();
        writer.WriteString("a\0b");
        writer.WriteUtf8("c\0"u8);
        writer.WriteBytes([0, 0xFF]);
        writer.BeginNested();
        writer.WriteNull();
        writer.Write(-7L);
        writer.EndNested();
        writer.Write(id);
        writer.Write(false);

        var expected = TupleCodec.Pack(null, "a\0b", "c\0", new byte[] { 0, 0xFF }, new object?[] { null, -7L }, id, false);
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(writer.Written));
        Assert.Equal(expected.Length, writer.Length);
    }

    [Fact]
    public void Writing_past_the_buffer_throws_a_clear_error_and_keeps_what_was_written()
    {
        var buffer = new byte[10];
        var writer = new TupleWriter(buffer);
        writer.Write(1L);
        TupleBufferTooSmallException? failure = null;

        try
        {
            writer.WriteString("SKU-100-LONG");
        }
        catch (TupleBufferTooSmallException caught)
        {
            failure = caught;
        }

        Assert.NotNull(failure);
        Assert.Equal("1501", Convert.ToHexString(writer.Written));
        Assert.Equal(2, failure.Offset);
        Assert.Equal(2 + 14, failure.NeededBytes);
        Assert.Equal(10, failure.CapacityBytes);
        Assert.Contains("writing a string at offset 2 needs 16 bytes, the buffer holds 10", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_whose_escapes_do_not_fit_leaves_the_writer_unchanged()
    {
        // "\0\0\0" encodes to 3 bytes, which fit, but escaped it needs 6 plus the code and the terminator.
        var buffer = new byte[7];
        var writer = new TupleWriter(buffer);
        writer.Write(true);

        var threw = false;
        try
        {
            writer.WriteString("\0\0\0");
        }
        catch (TupleBufferTooSmallException)
        {
            threw = true;
        }

        Assert.True(threw);
        Assert.Equal(1, writer.Length);
        writer.WriteString("\0");
        Assert.Equal("270200FF00", Convert.ToHexString(writer.Written));
    }

    [Fact]
    public void Every_kind_of_write_refuses_an_exhausted_buffer()
    {
        var attempts = new List<Action>
        {
            () => Full().WriteNull(),
            () => Full().Write(true),
            () => Full().Write(0L),
            () => Full().Write(1UL),
            () => Full().Write(System.Numerics.BigInteger.One << 80),
            () => Full().Write(1f),
            () => Full().Write(1d),
            () => Full().Write(Guid.Empty),
            () => Full().Write(new Versionstamp(1, 2, 3)),
            () => Full().WriteString(""),
            () => Full().WriteUtf8(""u8),
            () => Full().WriteBytes([]),
            () => Full().BeginNested(),
        };

        Assert.All(attempts, attempt => Assert.Throws<TupleBufferTooSmallException>(attempt));
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_refused_because_it_has_no_UTF_8_form()
    {
        var failure = Assert.Throws<ArgumentException>(() => new TupleWriter(new byte[32]).WriteString("ab\ud800c"));

        Assert.Contains("lone surrogate at index 2", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_refused_as_a_string()
    {
        Assert.Throws<ArgumentException>(() => new TupleWriter(new byte[32]).WriteUtf8([0x61, 0xC3]));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            var writer = new TupleWriter(new byte[64]);
            for (var level = 0; level <= TupleLimits.MaxNestingDepth; level++)
            {
                writer.BeginNested();
            }
        });

        Assert.Contains("32 levels", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Packing_an_unsupported_type_names_the_type()
    {
        var failure = Assert.Throws<ArgumentException>(() => TupleCodec.Pack(1L, new Uri("http://localhost/")));

        Assert.Contains("Cannot pack a Uri", failure.Message, StringComparison.Ordinal);
    }

    private static TupleWriter Full() => new(Span<byte>.Empty);
}
