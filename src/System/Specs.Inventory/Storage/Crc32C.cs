using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ArmCrc32 = System.Runtime.Intrinsics.Arm.Crc32;
using X86Crc32 = System.Runtime.Intrinsics.X86.Sse42;
using X86Multiply = System.Runtime.Intrinsics.X86.Pclmulqdq;

namespace Specs.Inventory.Storage;

/// <summary>
/// CRC-32C (Castagnoli: reflected polynomial 0x82F63B78, initial value and final XOR 0xFFFFFFFF), the
/// checksum of every stored record. Chosen over the zlib CRC-32 because x86-64 (SSE4.2) and ARMv8 compute
/// it with one instruction per 8 bytes, and replay checks one checksum per event. System.IO.Hashing has
/// no CRC-32C, so the hardware path is here, with a table-driven software path that gives the same
/// values where the instruction is missing (the tests hold both paths to the published test vectors).
/// </summary>
public static class Crc32C
{
    private const uint ReflectedPolynomial = 0x82F63B78;

    // The x86 path runs three independent CRC streams over three adjacent blocks of this many bytes:
    // the instruction has a latency of 3 cycles but a throughput of 1, so one stream leaves two thirds
    // of the unit idle. The streams are joined by carry-less multiplication (see Join).
    private const int InterleavedBlockBytes = 64;

    // Slicing-by-8: Table[k][b] is the CRC state after byte b followed by k zero bytes.
    private static readonly uint[] SoftwareTable = BuildTable();

    // Multipliers that move a CRC state over 1 and 2 blocks of zero bytes (see Join).
    private static readonly ulong ShiftOneBlock = ShiftConstant(InterleavedBlockBytes);
    private static readonly ulong ShiftTwoBlocks = ShiftConstant(2 * InterleavedBlockBytes);

    /// <summary>Whether this machine computes the checksum with the CPU's CRC-32C instruction.</summary>
    public static bool IsHardwareAccelerated => X86Crc32.X64.IsSupported || ArmCrc32.Arm64.IsSupported;

    /// <summary>The CRC-32C of <paramref name="data"/>, on the fastest path this machine has.</summary>
    public static uint Hash(ReadOnlySpan<byte> data) =>
        X86Crc32.X64.IsSupported ? ~UpdateX86(uint.MaxValue, data)
        : ArmCrc32.Arm64.IsSupported ? ~UpdateArm(uint.MaxValue, data)
        : ~UpdateSoftware(uint.MaxValue, data);

    /// <summary>The CRC-32C of <paramref name="data"/> by table lookups only: the fallback, and the tests' reference.</summary>
    public static uint HashSoftware(ReadOnlySpan<byte> data) => ~UpdateSoftware(uint.MaxValue, data);

    private static uint UpdateX86(uint state, ReadOnlySpan<byte> data)
    {
        ref var start = ref MemoryMarshal.GetReference(data);
        var length = data.Length;
        var offset = 0;
        ulong wide = state;
        if (X86Multiply.IsSupported)
        {
            for (; offset + (3 * InterleavedBlockBytes) <= length; offset += 3 * InterleavedBlockBytes)
            {
                ulong second = 0;
                ulong third = 0;
                ref var first = ref Unsafe.Add(ref start, offset);
                for (var word = 0; word < InterleavedBlockBytes; word += sizeof(ulong))
                {
                    wide = X86Crc32.X64.Crc32(wide, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, word)));
                    second = X86Crc32.X64.Crc32(second, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, InterleavedBlockBytes + word)));
                    third = X86Crc32.X64.Crc32(third, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, (2 * InterleavedBlockBytes) + word)));
                }

                wide = Join(wide, ShiftTwoBlocks) ^ Join(second, ShiftOneBlock) ^ third;
            }
        }

        for (; offset + sizeof(ulong) <= length; offset += sizeof(ulong))
        {
            wide = X86Crc32.X64.Crc32(wide, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, offset)));
        }

        var narrow = (uint)wide;
        if (offset + sizeof(uint) <= length)
        {
            narrow = X86Crc32.Crc32(narrow, Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, offset)));
            offset += sizeof(uint);
        }

        for (; offset < length; offset++)
        {
            narrow = X86Crc32.Crc32(narrow, Unsafe.Add(ref start, offset));
        }

        return narrow;
    }

    /// <summary>
    /// The state <paramref name="state"/> would reach after a run of zero bytes, given the run's
    /// <paramref name="shift"/> constant. A CRC is linear, so the state after blocks A·B·C from s is
    /// crc(s, A) moved over |B|+|C| zeros, XOR crc(0, B) moved over |C| zeros, XOR crc(0, C). In the
    /// reflected polynomial representation a carry-less product of two 32-bit states is x·S·K, and the
    /// CRC instruction over 64 bits with state 0 reduces V to V·x^32 mod P: so K = x^(8n-33) mod P
    /// moves S over n zero bytes.
    /// </summary>
    private static ulong Join(ulong state, ulong shift) =>
        X86Crc32.X64.Crc32(0, X86Multiply.CarrylessMultiply(Vector128.CreateScalar(state), Vector128.CreateScalar(shift), 0x00).ToScalar());

    /// <summary>x^(8·zeroBytes − 33) mod P in the reflected representation (bit 31 is x^0).</summary>
    private static ulong ShiftConstant(int zeroBytes)
    {
        var power = 0x80000000u;
        for (var step = 0; step < (8 * zeroBytes) - 33; step++)
        {
            power = (power & 1) != 0 ? (power >> 1) ^ ReflectedPolynomial : power >> 1;
        }

        return power;
    }

    private static uint UpdateArm(uint state, ReadOnlySpan<byte> data)
    {
        ref var start = ref MemoryMarshal.GetReference(data);
        var length = data.Length;
        var offset = 0;
        for (; offset + sizeof(ulong) <= length; offset += sizeof(ulong))
        {
            state = ArmCrc32.Arm64.ComputeCrc32C(state, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, offset)));
        }

        for (; offset < length; offset++)
        {
            state = ArmCrc32.ComputeCrc32C(state, Unsafe.Add(ref start, offset));
        }

        return state;
    }

    private static uint UpdateSoftware(uint state, ReadOnlySpan<byte> data)
    {
        var table = SoftwareTable;
        while (data.Length >= sizeof(ulong))
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ state;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[sizeof(uint)..]);
            state = table[(7 * 256) + (low & 0xFF)] ^ table[(6 * 256) + ((low >> 8) & 0xFF)]
                ^ table[(5 * 256) + ((low >> 16) & 0xFF)] ^ table[(4 * 256) + (low >> 24)]
                ^ table[(3 * 256) + (high & 0xFF)] ^ table[(2 * 256) + ((high >> 8) & 0xFF)]
                ^ table[256 + ((high >> 16) & 0xFF)] ^ table[high >> 24];
            data = data[sizeof(ulong)..];
        }

        foreach (var value in data)
        {
            state = table[(state ^ value) & 0xFF] ^ (state >> 8);
        }

        return state;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint value = 0; value < 256; value++)
        {
            var state = value;
            for (var bit = 0; bit < 8; bit++)
            {
                state = (state & 1) != 0 ? (state >> 1) ^ ReflectedPolynomial : state >> 1;
            }

            table[value] = state;
        }

        for (var slice = 1; slice < 8; slice++)
        {
            for (var value = 0; value < 256; value++)
            {
                var previous = table[((slice - 1) * 256) + value];
                table[(slice * 256) + value] = table[previous & 0xFF] ^ (previous >> 8);
            }
        }

        return table;
    }
}
