using System.Text;
using CsCheck;
using Specs.Inventory.Storage;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Storage;

/// <summary>
/// The record checksum: the hardware path (SSE4.2 or ARMv8 CRC instruction) and the table-driven
/// fallback must both give the published CRC-32C values, and the same value as each other everywhere.
/// </summary>
public sealed class Crc32CTests
{
    // RFC 3720 (iSCSI) appendix B.4 and the "check" value of the CRC catalogue (CRC-32/ISCSI).
    public static TheoryData<string, uint> KnownVectors => new()
    {
        { "313233343536373839", 0xE3069283 },
        { "", 0x00000000 },
        { new string('0', 64), 0x8A9136AA },
        { new string('F', 64), 0x62A8AB43 },
        { "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F", 0x46DD794E },
        { "1F1E1D1C1B1A191817161514131211100F0E0D0C0B0A09080706050403020100", 0x113FDB5C },
    };

    [Theory]
    [MemberData(nameof(KnownVectors))]
    public void The_hardware_path_gives_the_published_value(string hex, uint expected) =>
        Assert.Equal(expected, Crc32C.Hash(Convert.FromHexString(hex)));

    [Theory]
    [MemberData(nameof(KnownVectors))]
    public void The_software_fallback_gives_the_published_value(string hex, uint expected) =>
        Assert.Equal(expected, Crc32C.HashSoftware(Convert.FromHexString(hex)));

    [Fact]
    public void The_check_string_hashes_to_the_catalogue_value() =>
        Assert.Equal(0xE3069283u, Crc32C.Hash(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void This_machine_takes_the_hardware_path() =>
        // The benchmark figures assume the instruction; a CI machine without it would still be correct
        // (the fallback is tested above) but this test says plainly that the fast path is not in use.
        Assert.True(Crc32C.IsHardwareAccelerated);

    [Fact]
    public void Both_paths_agree_on_every_length_and_alignment() =>
        Property.ForAll(
            Gen.Byte.Array[0, 300].Select(Gen.Int[0, 7]),
            sample =>
            {
                var (bytes, skip) = sample;
                var data = bytes.AsSpan(Math.Min(skip, bytes.Length));
                Assert.Equal(Crc32C.HashSoftware(data), Crc32C.Hash(data));
            },
            seed: 0x5EED0105,
            iterations: 2_000);

    [Fact]
    public void Every_single_bit_flip_in_a_record_sized_value_changes_the_checksum()
    {
        var record = new byte[203];
        new Random(17).NextBytes(record);
        var sealedValue = Crc32C.Hash(record);
        for (var bit = 0; bit < record.Length * 8; bit++)
        {
            record[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.NotEqual(sealedValue, Crc32C.Hash(record));
            record[bit / 8] ^= (byte)(1 << (bit % 8));
        }
    }
}
