using Google.FlatBuffers;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Tests.Contracts;

public sealed class ViewAllocationTests
{
    [Fact]
    public void Reading_scalars_and_utf8_spans_through_views_allocates_nothing()
    {
        var bytes = EventRecordWriter.Encode(ContractSamples.Envelope(0), ContractSamples.ItemsReceived);
        var checksum = Read(bytes);

        var mismatches = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            mismatches += Read(bytes) == checksum ? 0 : 1;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Writing_records_with_a_reused_builder_allocates_nothing()
    {
        var builder = new FlatBufferBuilder(1024);
        var envelope = ContractSamples.Envelope(0);
        var payload = ContractSamples.ItemsReceived;
        var length = EventRecordWriter.Write(builder, in envelope, payload).Length;

        var mismatches = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            mismatches += EventRecordWriter.Write(builder, in envelope, payload).Length == length ? 0 : 1;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(0, mismatches);
    }

    private static long Read(ReadOnlySpan<byte> bytes)
    {
        var record = new EventRecord.View(bytes);
        long sum = (long)record.Position + (long)record.StreamVersion + record.RecordedAtUnixMs + record.StreamUtf8.Length
            + record.IdempotencyKeyUtf8.Length + record.EventId.GetHashCode() + (record.CausationId ?? Guid.Empty).GetHashCode();
        if (record.TryGetItemsReceived(out var received))
        {
            sum += received.PurchaseOrderUtf8.Length + received.WarehouseUtf8.Length + received.LocationUtf8.Length + received.ReceivedAtUnixMs;
            var lines = received.Lines;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                sum += line.Quantity + line.SkuUtf8.Length + line.LotUtf8.Length + line.AverageCostMinor + line.UnitCostMinor;
                var serials = line.Serials;
                for (var j = 0; j < serials.Length; j++)
                {
                    sum += serials[j].Length;
                }
            }
        }

        return sum;
    }
}
