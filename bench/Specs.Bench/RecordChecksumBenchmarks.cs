using System.IO.Hashing;
using BenchmarkDotNet.Attributes;
using Specs.Inventory.Storage;

namespace Specs.Bench;

/// <summary>
/// The per-record checksum of replay (target 3), alone. One operation is one record-sized value (the
/// replay dataset's records are about 200 bytes). The baseline is the zlib CRC-32 of System.IO.Hashing
/// that format 1 stored; CRC-32C is what format 2 stores, on the CPU's instruction and on the
/// table-driven fallback used where that instruction is missing.
/// </summary>
[InvocationCount(64, 1)]
public class RecordChecksumBenchmarks
{
    private const int RecordsPerInvoke = 1_000;
    private readonly byte[] _record = new byte[203];

    [GlobalSetup]
    public void Setup() => new Random(3).NextBytes(_record);

    [Benchmark(Baseline = true, OperationsPerInvoke = RecordsPerInvoke)]
    public uint Crc32Zlib()
    {
        uint sum = 0;
        for (var record = 0; record < RecordsPerInvoke; record++)
        {
            sum += Crc32.HashToUInt32(_record);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = RecordsPerInvoke)]
    public uint Crc32CHardware()
    {
        uint sum = 0;
        for (var record = 0; record < RecordsPerInvoke; record++)
        {
            sum += Crc32C.Hash(_record);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = RecordsPerInvoke)]
    public uint Crc32CSoftware()
    {
        uint sum = 0;
        for (var record = 0; record < RecordsPerInvoke; record++)
        {
            sum += Crc32C.HashSoftware(_record);
        }

        return sum;
    }
}
