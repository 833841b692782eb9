using Specs.Sim.Storage;

namespace Specs.Sim.Tests;

// SortedTree's writes climb back up only as far as something changed (SortedTree.Climb): after many sets,
// inserts and removals under owners that come and go (each new owner is a freeze), every tree must still be a
// balanced, correctly measured search tree, and every root kept as a snapshot must still hold what it held.
public sealed class SortedTreeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Writes_keep_the_tree_balanced_and_every_frozen_root_as_it_was(int seed)
    {
        var random = new Random(seed);
        var model = new SortedDictionary<byte[], byte[]>(Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)));
        var snapshots = new List<(SortedTree.Node? Root, List<string> Entries)>();
        SortedTree.Node? root = null;
        var owner = new object();
        for (var step = 0; step < 4000; step++)
        {
            var key = new[] { (byte)random.Next(8), (byte)random.Next(64) };
            var value = new[] { (byte)step, (byte)(step >> 8) };
            switch (random.Next(10))
            {
                case < 5:
                    var added = false;
                    root = SortedTree.Set(root, key, value, owner, ref added, out var previous, out _);
                    Assert.Equal(model.TryGetValue(key, out var had) ? had : null, previous);
                    Assert.Equal(!model.ContainsKey(key), added);
                    model[key] = value;
                    break;
                case < 7:
                    var inserted = false;
                    root = SortedTree.Insert(root, key, value, owner, ref inserted, out _);
                    Assert.Equal(model.TryAdd(key, value), inserted);
                    break;
                case < 9:
                    var removed = false;
                    byte[]? storedKey = null;
                    byte[]? old = null;
                    root = SortedTree.Remove(root, key, owner, ref removed, ref storedKey, ref old);
                    var present = model.Remove(key, out var removedValue);
                    Assert.Equal(present, removed);
                    Assert.Equal(present ? key : null, storedKey);
                    Assert.Equal(removedValue, old);
                    break;
                default:
                    snapshots.Add((root, Entries(model)));
                    owner = new object();
                    break;
            }

            Assert.Equal(model.Count, HeightChecked(root).Count);
        }

        snapshots.Add((root, Entries(model)));
        foreach (var (snapshot, entries) in snapshots)
        {
            Assert.Equal(entries, InOrder(snapshot));
        }
    }

    // Checks that every node's height is measured right and balanced, and returns the height and node count.
    private static (int Height, int Count) HeightChecked(SortedTree.Node? node)
    {
        if (node is null)
        {
            return (0, 0);
        }

        var (left, leftCount) = HeightChecked(node.Left);
        var (right, rightCount) = HeightChecked(node.Right);
        Assert.InRange(left - right, -1, 1);
        Assert.Equal(Math.Max(left, right) + 1, node.Height);
        return (node.Height, leftCount + rightCount + 1);
    }

    private static List<string> Entries(SortedDictionary<byte[], byte[]> model) =>
        model.Select(entry => Entry(entry.Key, entry.Value)).ToList();

    private static string Entry(byte[] key, byte[] value) => $"{Convert.ToHexString(key)}={Convert.ToHexString(value)}";

    private static List<string> InOrder(SortedTree.Node? root)
    {
        var entries = new List<string>();
        var path = SortedTree.PathFor(root);
        var depth = 0;
        SortedTree.PushChain(root, descending: false, path, ref depth);
        while (depth > 0)
        {
            var node = path[--depth];
            entries.Add(Entry(node.Key, node.Value));
            SortedTree.PushChain(node.Right, descending: false, path, ref depth);
        }

        return entries;
    }
}
