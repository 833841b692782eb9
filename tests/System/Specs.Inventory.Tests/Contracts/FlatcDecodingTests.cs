using System.Buffers.Binary;
using System.Text.Json;
using LightningDB;
using Specs.Inventory.Contracts;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Contracts;

/// <summary>
/// Debian's flatc (package flatbuffers-compiler, 2.0.8) decodes stored values with the exported schema,
/// so a person can always read the log without our code. Values are taken back out of a real LMDB
/// environment, as the log will store them.
/// </summary>
public sealed class FlatcDecodingTests
{
    [Fact]
    public void Flatc_decodes_an_event_record_read_back_from_lmdb_with_the_exported_schema()
    {
        var flatc = Flatc.Require();
        var envelope = ContractSamples.Envelope(0);
        var stored = StoreAndReadBack(EventRecordWriter.Encode(in envelope, ContractSamples.ItemsReceived));

        var json = Flatc.Decode(flatc, stored);

        var root = json.RootElement;
        Assert.Equal(envelope.Position, root.GetProperty("position").GetUInt64());
        Assert.Equal(envelope.Stream, root.GetProperty("stream").GetString());
        Assert.Equal(envelope.StreamVersion, root.GetProperty("stream_version").GetUInt64());
        Assert.Equal(envelope.EventId, Guid(root.GetProperty("event_id")));
        Assert.Equal(envelope.RecordedAtUnixMs, root.GetProperty("recorded_at_unix_ms").GetInt64());
        Assert.Equal(envelope.CausationId, Guid(root.GetProperty("causation_id")));
        Assert.Equal(envelope.IdempotencyKey, root.GetProperty("idempotency_key").GetString());
        Assert.Equal("ItemsReceived", root.GetProperty("payload_type").GetString());
        var payload = root.GetProperty("payload");
        Assert.Equal("PO-1001", payload.GetProperty("purchase_order").GetString());
        Assert.Equal("MAIN", payload.GetProperty("warehouse").GetString());
        Assert.Equal("RECEIVING", payload.GetProperty("location").GetString());
        var lines = payload.GetProperty("lines");
        Assert.Equal(3, lines.GetArrayLength());
        Assert.Equal("TSHIRT-RED-M", lines[0].GetProperty("sku").GetString());
        Assert.Equal(40, lines[0].GetProperty("quantity").GetInt64());
        Assert.Equal("LOT-2026-03", lines[0].GetProperty("lot").GetString());
        Assert.Equal(431, lines[0].GetProperty("average_cost_minor").GetInt64());
        Assert.Equal(["SN-0003", "SN-0004"], lines[1].GetProperty("serials").EnumerateArray().Select(s => s.GetString()));
        Assert.False(lines[1].TryGetProperty("lot", out _));
        Assert.Equal("日本の商品", lines[2].GetProperty("sku").GetString());
    }

    [Fact]
    public void Flatc_names_the_payload_of_every_event_type()
    {
        var flatc = Flatc.Require();
        for (var i = 0; i < ContractSamples.Events.Count; i++)
        {
            var payload = ContractSamples.Events[i];
            var json = Flatc.Decode(flatc, EventRecordWriter.Encode(ContractSamples.Envelope(i), payload));

            Assert.Equal(ContractCatalog.Get(payload.ContractId).SchemaName, json.RootElement.GetProperty("payload_type").GetString());
        }
    }

    /// <summary>
    /// The event log stores value = FlatBuffer || CRC-32C. FlatBuffers offsets are relative to the start,
    /// so 4 extra bytes at the end change nothing a reader follows: flatc decodes such a value
    /// unchanged, and so do our views.
    /// </summary>
    [Fact]
    public void Flatc_and_the_views_accept_four_checksum_bytes_after_the_buffer()
    {
        var flatc = Flatc.Require();
        var record = EventRecordWriter.Encode(ContractSamples.Envelope(0), ContractSamples.ItemsReceived);
        var withChecksum = new byte[record.Length + 4];
        record.CopyTo(withChecksum, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(withChecksum.AsSpan(record.Length), Specs.Inventory.Storage.Crc32C.Hash(record));
        var stored = StoreAndReadBack(withChecksum);

        var plain = Flatc.Decode(flatc, record).RootElement.GetRawText();
        var checksummed = Flatc.Decode(flatc, stored).RootElement.GetRawText();

        Assert.Equal(plain, checksummed);
        Assert.Equivalent(EventRecord.FromBytes(record), EventRecord.FromBytes(stored), strict: true);
    }

    private static Guid? Guid(JsonElement uuid) =>
        Specs.Inventory.Contracts.Wire.Uuid.Join(uuid.GetProperty("hi").GetUInt64(), uuid.GetProperty("lo").GetUInt64());

    /// <summary>Puts the value into a temporary LMDB environment and returns the bytes read back from it.</summary>
    private static byte[] StoreAndReadBack(byte[] value)
    {
        var folder = Directory.CreateTempSubdirectory("specs-contracts-lmdb-");
        try
        {
            using var environment = new LightningEnvironment(folder.FullName, new EnvironmentConfiguration { MapSize = 16 << 20, MaxDatabases = 1 });
            environment.Open(EnvironmentOpenFlags.NoSync);
            ReadOnlySpan<byte> key = [0x01, 0, 0, 0, 0, 0, 0, 0, 1];
            using (var write = environment.BeginTransaction())
            {
                using var database = write.OpenDatabase("events", new DatabaseConfiguration { Flags = DatabaseOpenFlags.Create });
                Assert.Equal(MDBResultCode.Success, write.Put(database, key, value));
                Assert.Equal(MDBResultCode.Success, write.Commit());
            }

            using var read = environment.BeginTransaction(TransactionBeginFlags.ReadOnly);
            using var events = read.OpenDatabase("events");
            var (code, _, stored) = read.Get(events, key);
            Assert.Equal(MDBResultCode.Success, code);
            return stored.AsSpan().ToArray();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
