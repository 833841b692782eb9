using System.Runtime.InteropServices;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// Pins glibc's mmap threshold so that opening an LMDB environment does not clear 2 MiB of heap.
/// <para>
/// Every writable environment allocates its dirty-page list with <c>calloc</c> (2 MiB: 131,072 entries of
/// 16 bytes) and frees it on close. glibc serves a block that large with a fresh mmap, which the kernel
/// hands over zeroed, until the first such block is freed: then its dynamic threshold rises to 2 MiB and
/// every later list comes from the heap, where calloc must memset all 2 MiB. Measured on a loop of
/// scenario lifecycles, that memset was about 100 µs of each scenario, as much as the rest of LMDB's work.
/// A fixed threshold (glibc's own starting value, 128 KiB) turns the dynamic adjustment off, so each list
/// is again a zeroed mapping whose few touched pages fault in on demand and are unmapped on close.
/// </para>
/// <para>
/// The setting is process-wide; it only moves large native blocks (the managed heap does not use malloc)
/// from the heap to their own mappings, which is glibc's default behaviour before its first large free.
/// It is left alone when the user tuned malloc (<c>MALLOC_MMAP_THRESHOLD_</c> or <c>GLIBC_TUNABLES</c>),
/// and is a no-op off Linux or on a C library without <c>mallopt</c>.
/// </para>
/// </summary>
internal static partial class NativeHeapTuning
{
    /// <summary>glibc's starting mmap threshold; blocks of this size or more get their own mapping.</summary>
    public const int MmapThresholdBytes = 128 * 1024;

    // M_MMAP_THRESHOLD in glibc's malloc.h.
    private const int MallocOptionMmapThreshold = -3;

    private static readonly Lazy<bool> AppliedOnce = new(Apply);

    /// <summary>Whether the threshold is pinned in this process (applied at most once, on first call).</summary>
    public static bool EnsureApplied() => AppliedOnce.Value;

    private static bool Apply()
    {
        if (!OperatingSystem.IsLinux()
            || Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") is not null
            || Environment.GetEnvironmentVariable("GLIBC_TUNABLES") is not null)
        {
            return false;
        }

        try
        {
            return Mallopt(MallocOptionMmapThreshold, MmapThresholdBytes) == 1;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "mallopt")]
    private static partial int Mallopt(int option, int value);
}
