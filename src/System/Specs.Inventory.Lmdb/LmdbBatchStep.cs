using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LightningDB;
using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Storage.Lmdb;

/// <summary>
/// Binding of <c>specs_lmdb_cursor_step_batch</c> (native/lmdb_cursor_batch.c, compiled into our liblmdb.so):
/// one managed-to-native call steps an LMDB cursor over up to a batch of records and returns where each
/// key and value lies. A per-record LightningDB step costs about 90 ns, most of it the transition and
/// result marshalling; mdb_cursor_get itself costs a few.
/// The export is looked up in the very library LightningDB loaded (through LightningDB's own assembly,
/// so its resolver and probing apply): the cursor handle it is given must belong to that copy of LMDB.
/// Where the export is missing (LightningDB's bundled binary, not ours) <see cref="IsAvailable"/> is
/// false and cursors step one record at a time as before.
/// </summary>
internal static unsafe class LmdbBatchStep
{
    /// <summary>LMDB's MDB_NEXT and MDB_PREV cursor operations (lmdb.h, MDB_cursor_op).</summary>
    public const int Next = 8;

    public const int Previous = 12;

    private const string ExportName = "specs_lmdb_cursor_step_batch";

    private static readonly delegate* unmanaged<nint, int, Pair*, int, int*, int> Step = Resolve();

    /// <summary>Whether the loaded LMDB carries the batch step and LightningDB's cursor handle can be read.</summary>
    public static bool IsAvailable => Step != null;

    /// <summary>
    /// Steps <paramref name="cursor"/> in <paramref name="operation"/>'s direction over up to
    /// <paramref name="pairs"/>.Length records. Only for read-only transactions: the returned pointers
    /// stay valid until the transaction ends because its pages never change.
    /// </summary>
    /// <returns>LMDB's code (Success when the batch is full, NotFound when the database ran out) and how many pairs were filled.</returns>
    public static (MDBResultCode Code, int Filled) Fill(LightningCursor cursor, int operation, Span<Pair> pairs)
    {
        Invariant.Assert(Step != null);
        Invariant.Assert(operation is Next or Previous);
        int filled;
        int code;
        fixed (Pair* first = pairs)
        {
            code = Step(CursorHandle(cursor), operation, first, pairs.Length, &filled);
        }

        return ((MDBResultCode)code, filled);
    }

    // LightningDB keeps the MDB_cursor* in a private field and exposes no accessor for it.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_handle")]
    private static extern ref nint CursorHandle(LightningCursor cursor);

    private static delegate* unmanaged<nint, int, Pair*, int, int*, int> Resolve()
    {
        var handleField = typeof(LightningCursor).GetField("_handle", BindingFlags.Instance | BindingFlags.NonPublic);
        if (handleField?.FieldType != typeof(nint)
            || !NativeLibrary.TryLoad("lmdb", typeof(LightningEnvironment).Assembly, null, out var library)
            || !NativeLibrary.TryGetExport(library, ExportName, out var address))
        {
            return null;
        }

        return (delegate* unmanaged<nint, int, Pair*, int, int*, int>)address;
    }

    /// <summary>Where one record lies in the map; mirrors <c>specs_lmdb_pair</c> in native/lmdb_cursor_batch.c.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct Pair
    {
        public byte* Key;
        public nuint KeySize;
        public byte* Value;
        public nuint ValueSize;
    }

    /// <summary>Room for one batch, reused by a transaction's scans (<see cref="LmdbTransaction.RentBatch"/>): a scan allocates nothing per batch.</summary>
    internal sealed class Batch
    {
        public Buffer Pairs;
    }

    /// <summary>The pairs of one batch, inline in its <see cref="Batch"/>.</summary>
    [InlineArray(Capacity)]
    internal struct Buffer
    {
        public const int Capacity = 64;

        private Pair _first;
    }
}
