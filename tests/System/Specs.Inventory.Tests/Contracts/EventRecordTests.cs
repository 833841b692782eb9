using System.Buffers.Binary;
using CsCheck;
using Google.FlatBuffers;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Storage;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Contracts;

public sealed class EventRecordTests
{
    [Fact]
    public void Every_event_type_round_trips_through_the_envelope()
    {
        var builder = new FlatBufferBuilder(64);
        for (var i = 0; i < ContractSamples.Events.Count; i++)
        {
            var payload = ContractSamples.Events[i];
            var envelope = ContractSamples.Envelope(i);

            var bytes = EventRecordWriter.Write(builder, in envelope, payload).ToArray();
            var view = new EventRecord.View(bytes);
            var decoded = EventRecord.FromBytes(bytes);

            Assert.Equal(envelope, decoded.Envelope);
            Assert.Equal(envelope.Position, view.Position);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(envelope.Stream), view.StreamUtf8.ToArray());
            Assert.Equal(envelope.CausationId, view.CausationId);
            Assert.Equal(payload.ContractId, view.PayloadContractId);
            Assert.Equal(EventContractAttribute.UnionTag(payload.ContractId), (byte)view.PayloadType);
            Assert.IsType(payload.GetType(), decoded.Payload);
            Assert.Equivalent(payload, decoded.Payload, strict: true);
        }
    }

    [Fact]
    public void The_typed_writer_and_the_interface_writer_write_the_same_bytes()
    {
        var envelope = ContractSamples.Envelope(0);
        var typed = EventRecordWriter.Write(new FlatBufferBuilder(64), in envelope, ContractSamples.ItemsReceived).ToArray();
        var general = EventRecordWriter.Encode(in envelope, ContractSamples.ItemsReceived);

        Assert.Equal(typed, general);
    }

    [Fact]
    public void Typed_payload_views_match_only_their_own_union_member()
    {
        var envelope = ContractSamples.Envelope(1);
        var bytes = EventRecordWriter.Encode(in envelope, ContractSamples.QuantityAdded);
        var view = new EventRecord.View(bytes);

        Assert.False(view.TryGetProductCreated(out _));
        Assert.False(view.TryGetItemMoved(out _));
        Assert.True(view.TryGetQuantityAdded(out var added));
        Assert.Equal(12, added.Quantity);
        Assert.Equal("LOT-2026-03", added.Lot);
        Assert.Equal(EventPayloadType.QuantityAdded, view.PayloadType);
    }

    [Fact]
    public void Union_types_are_the_contract_id_minus_999_so_they_never_shift()
    {
        Assert.Equal(1, (int)EventPayloadType.ProductCreated);
        Assert.Equal(49, (int)EventPayloadType.QuantityAdded);
        Assert.Equal(50, (int)EventPayloadType.QuantityRemoved);
        Assert.Equal(51, (int)EventPayloadType.ItemMoved);
        Assert.Equal(65, (int)EventPayloadType.ItemsReceived);
        Assert.Equal(ProductCreated.ContractId - 999, (int)EventRecord.PayloadTypeOf(ProductCreated.ContractId));
    }

    [Fact]
    public void A_wrong_file_identifier_is_a_malformed_value_naming_both_identifiers()
    {
        var bytes = EventRecordWriter.Encode(ContractSamples.Envelope(0), ContractSamples.ProductCreated);
        bytes[4] = (byte)'X';

        var error = Assert.Throws<MalformedContractException>(() => new EventRecord.View(bytes));

        Assert.Contains("\"XPEV\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"SPEV\"", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<StorageException>(error);
    }

    [Fact]
    public void Every_truncation_of_a_record_is_reported_unless_only_trailing_padding_was_cut()
    {
        var bytes = EventRecordWriter.Encode(ContractSamples.Envelope(0), ContractSamples.ItemsReceived);
        var original = EventRecord.FromBytes(bytes);
        var reported = 0;
        for (var length = 0; length < bytes.Length; length++)
        {
            var truncated = bytes.AsSpan(0, length).ToArray();
            var error = Record.Exception(() => EventRecord.FromBytes(truncated));
            if (error is null)
            {
                // Only the padding after the last referenced byte may go without notice.
                Assert.True(bytes.AsSpan(length).IndexOfAnyExcept((byte)0) < 0, $"length {length} decoded although data was cut");
                Assert.Equivalent(original, EventRecord.FromBytes(truncated), strict: true);
            }
            else
            {
                Assert.IsType<MalformedContractException>(error);
                reported++;
            }
        }

        Assert.True(reported > bytes.Length - 8, $"{reported} of {bytes.Length} truncations reported");
    }

    [Fact]
    public void A_root_offset_out_of_range_is_a_malformed_value_at_that_position()
    {
        var bytes = EventRecordWriter.Encode(ContractSamples.Envelope(0), ContractSamples.ProductCreated);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, 0xFFFF_FFF0);

        var error = Assert.Throws<MalformedContractException>(() => new EventRecord.View(bytes));

        Assert.Equal(0xFFFF_FFF0, error.Position);
        Assert.Equal(bytes.Length, error.Length);
    }

    [Fact]
    public void A_string_offset_out_of_range_is_reported_with_its_field()
    {
        var payload = new QuantityAdded { Sku = "SKU", Warehouse = "MAIN", Location = "L", Quantity = 1, Reason = "R" };
        var bytes = payload.ToBytes();
        var view = new QuantityAdded.View(bytes);
        var skuField = FieldPosition(bytes, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(skuField), (uint)bytes.Length);

        var error = Assert.Throws<MalformedContractException>(() => new QuantityAdded.View(bytes).Sku);

        Assert.Equal(0, error.FieldId);
        Assert.Equal(QuantityAdded.SchemaName, error.Table);
        _ = view;
    }

    [Fact]
    public void An_unknown_union_type_is_an_unknown_contract_saying_which_and_where()
    {
        var bytes = EventRecordWriter.Encode(ContractSamples.Envelope(0), ContractSamples.ProductCreated);
        var tagPosition = FieldPosition(bytes, 7);
        bytes[tagPosition] = 200;

        var view = new EventRecord.View(bytes);
        var error = Assert.Throws<UnknownContractException>(() => new EventRecord.View(bytes).DecodePayload());

        Assert.False(view.TryGetProductCreated(out _));
        Assert.Equal(200, error.Value);
        Assert.Contains("EventRecord.payload_type", error.Message, StringComparison.Ordinal);
        Assert.Throws<UnknownContractException>(() => new EventRecord.View(bytes).PayloadContractId);
        Assert.Throws<UnknownContractException>(() => EventRecord.PayloadTypeOf(1999));
    }

    [Fact]
    public void A_record_without_payload_is_malformed_not_unknown()
    {
        var bytes = EventRecordWriter.Encode(ContractSamples.Envelope(0), ContractSamples.ProductCreated);
        bytes[FieldPosition(bytes, 7)] = 0;

        Assert.Throws<MalformedContractException>(() => EventRecord.FromBytes(bytes));
    }

    [Fact]
    public void Randomly_corrupted_records_decode_or_fail_with_a_typed_error_only()
    {
        var valid = Enumerable.Range(0, ContractSamples.Events.Count)
            .Select(i => EventRecordWriter.Encode(ContractSamples.Envelope(i), ContractSamples.Events[i]))
            .ToArray();
        var corruptions = Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Select(Gen.Int[0, 1000], Gen.Byte).Array[1, 6]);

        Property.ForAll(
            corruptions,
            corruption =>
            {
                var bytes = valid[corruption.Item1].ToArray();
                foreach (var (position, value) in corruption.Item2)
                {
                    bytes[position % bytes.Length] = value;
                }

                var error = Record.Exception(() => EventRecord.FromBytes(bytes));
                Assert.True(error is null or MalformedContractException or UnknownContractException, error?.ToString());
            },
            seed: 0x5EED0103, iterations: 5000);
    }

    [Fact]
    public void Writing_a_payload_that_is_not_an_event_of_the_set_is_refused()
    {
        var builder = new FlatBufferBuilder(64);

        var error = Assert.Throws<UnknownContractException>(() =>
            EventRecordWriter.Write(builder, ContractSamples.Envelope(0), new ForeignEvent()).ToArray());

        Assert.Equal(1253, error.Value);
    }

    /// <summary>The absolute position of a field of the root table (test helper for corrupting bytes).</summary>
    private static int FieldPosition(byte[] bytes, int fieldId)
    {
        var table = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        var vtable = table - BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(table));
        var offset = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(vtable + 4 + (2 * fieldId)));
        Assert.NotEqual(0, offset);
        return table + offset;
    }

    private sealed class ForeignEvent : IEventContract
    {
        public int ContractId => 1253;

        public int WriteTo(FlatBufferBuilder builder)
        {
            builder.StartTable(0);
            return builder.EndTable();
        }
    }
}
