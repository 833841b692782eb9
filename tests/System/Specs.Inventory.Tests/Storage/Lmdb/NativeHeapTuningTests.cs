using System.Runtime.InteropServices;
using Specs.Inventory.Storage.Lmdb;

namespace Specs.Inventory.Tests.Storage.Lmdb;

/// <summary>Runs alone: it reads process-wide malloc counters that other tests' native work would move.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeHeapCollection
{
    public const string Name = "native heap counters";
}

[Collection(NativeHeapCollection.Name)]
public sealed class NativeHeapTuningTests
{
    private const int DirtyListBytes = 2 << 20;

    [Fact]
    public void After_a_store_opens_a_freed_2_MiB_block_does_not_raise_the_threshold_so_the_next_one_is_a_fresh_mapping()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") is null && Environment.GetEnvironmentVariable("GLIBC_TUNABLES") is null, "glibc's mallopt, untuned by the environment");
        using (LmdbStore.CreateTemporary())
        {
            Assert.True(NativeHeapTuning.EnsureApplied());
        }

        // What LMDB does on every environment open and close: calloc the dirty-page list, free it. With
        // glibc's dynamic threshold the first free would make the second block come from the heap (and be
        // cleared by memset); pinned, it is a mapping of its own, counted in hblkhd while it lives. The block
        // is larger than all free heap memory, so no free chunk of earlier tests' work can serve it.
        // (AllocHGlobal is malloc on Unix.)
        // Asked of the block itself, not of the process-wide mapped-bytes counter: another thread (a finalizer closing
        // an earlier test's store) may unmap blocks of its own between two readings of the counter, as it did in a
        // full run (the counter rose by 96.75 MiB for a ~100 MiB block).
        var size = (int)Math.Max(DirtyListBytes, MallocInfo().FreeBytes + DirtyListBytes);
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(size));
        var second = Marshal.AllocHGlobal(size);
        var mapped = IsMapped(second);
        Marshal.FreeHGlobal(second);

        Assert.True(mapped, $"the second {size}-byte block came from the heap, not from a mapping of its own");
    }

    /// <summary>Whether glibc gave the block a mapping of its own: IS_MMAPPED (0x2) in the chunk's size word, just before it.</summary>
    private static bool IsMapped(IntPtr block) => (Marshal.ReadInt64(block - sizeof(long)) & 0x2) != 0;

    [DllImport("libc.so.6", EntryPoint = "mallinfo2")]
    private static extern MallocCounters MallocInfo();

    /// <summary>glibc's struct mallinfo2 (2.33+): ten size_t counters, summed over every arena.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 10 * sizeof(ulong))]
    private readonly struct MallocCounters
    {
#pragma warning disable CS0649 // Written by mallinfo2 through interop, never by C#.
        [FieldOffset(8 * sizeof(ulong))]
        private readonly ulong _freeBytes;
#pragma warning restore CS0649

        /// <summary>fordblks: free bytes in every arena, top chunks included.</summary>
        public long FreeBytes => (long)_freeBytes;
    }
}
