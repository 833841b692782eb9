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
        // cleared by memset); pinned, it is a mapping of its own, counted in hblkhd while it lives.
        // (AllocHGlobal is malloc on Unix.)
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(DirtyListBytes));
        var before = MallocInfo().MappedBytes;
        var second = Marshal.AllocHGlobal(DirtyListBytes);
        var during = MallocInfo().MappedBytes;
        Marshal.FreeHGlobal(second);

        Assert.True(during - before >= DirtyListBytes, $"mapped bytes went from {before} to {during}");
    }

    [DllImport("libc.so.6", EntryPoint = "mallinfo2")]
    private static extern MallocCounters MallocInfo();

    /// <summary>glibc's struct mallinfo2 (2.33+): ten size_t counters, of which hblkhd (the fifth) is the bytes in mmapped blocks.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 10 * sizeof(ulong))]
    private readonly struct MallocCounters
    {
#pragma warning disable CS0649 // Written by mallinfo2 through interop, never by C#.
        [FieldOffset(4 * sizeof(ulong))]
        private readonly ulong _mappedBytes;
#pragma warning restore CS0649

        public long MappedBytes => (long)_mappedBytes;
    }
}
