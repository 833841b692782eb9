using Specs.Inventory.Storage;
using Specs.Sim.Storage;

namespace Specs.Sim.Tests;

// A closed cursor gives its path and bound buffers to the store's next cursor (CursorBuffers): a cursor
// opened later, with another bound or over a taller tree, must walk exactly its own range, and one that
// is still open must not be disturbed by cursors opened and closed meanwhile.
public sealed class CursorBuffersTests
{
    [Fact]
    public void Cursors_reusing_a_closed_cursors_buffers_walk_their_own_ranges()
    {
        using var store = new SimulatedStore();
        store.Write(transaction =>
        {
            transaction.Put([1, 1, 1, 1, 1, 1], [1]);
            transaction.Put([2], [2]);
            return 0;
        });

        using var read = store.BeginRead();
        Assert.Equal([[1, 1, 1, 1, 1, 1]], Keys(read, [1], [1, 1, 1, 1, 1, 2]));
        store.Write(transaction =>
        {
            for (var key = 0; key < 200; key++)
            {
                transaction.Put([3, (byte)key], [3]);
            }

            return 0;
        });

        using var later = store.BeginRead();
        Assert.Equal(Enumerable.Range(10, 5).Select(key => new byte[] { 3, (byte)key }), Keys(later, [3, 10], [3, 15]));
        Assert.Equal(Enumerable.Range(185, 15).Select(key => new byte[] { 3, (byte)key }).Reverse(), Keys(later, [3, 185], [4], reverse: true));
        Assert.Equal([[2]], Keys(read, [2], [3]));
    }

    [Fact]
    public void An_open_cursor_walks_on_while_others_open_and_close_and_a_closed_one_stays_closed()
    {
        using var store = new SimulatedStore();
        store.Write(transaction =>
        {
            for (var key = 0; key < 50; key++)
            {
                transaction.Put([(byte)key], [(byte)key]);
            }

            return 0;
        });

        using var read = store.BeginRead();
        var closed = read.Range([0], [50]);
        closed.Dispose();
        using var open = read.Range([10], [40]);
        var seen = new List<byte>();
        while (open.MoveNext())
        {
            seen.Add(open.Key[0]);
            Assert.Single(Keys(read, [45], [46]));
        }

        Assert.Equal(Enumerable.Range(10, 30).Select(key => (byte)key), seen);
        Assert.Throws<ObjectDisposedException>(() => closed.MoveNext());
    }

    private static List<byte[]> Keys(IReadTransaction read, byte[] begin, byte[] end, bool reverse = false)
    {
        var keys = new List<byte[]>();
        using var cursor = read.Range(begin, end, reverse);
        while (cursor.MoveNext())
        {
            keys.Add(cursor.Key.ToArray());
        }

        return keys;
    }
}
