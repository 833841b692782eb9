namespace Specs.Sim.Storage;

/// <summary>
/// The simulated keyspace: a persistent AVL tree of key-value entries ordered by key (unsigned bytes), so a
/// snapshot is one root reference and iteration order never depends on hashing.
/// </summary>
/// <remarks>
/// Persistence with transient edits: every operation takes an <c>owner</c> token. A node whose owner is that
/// token is reachable by no snapshot (the store hands the token out until a reader or a cursor may look), so it
/// is edited in place; any other node is copied first (path copying). Invariant: an owned node's ancestors in
/// the working root are owned too (a node is only attached to an edited parent), so after a freeze k writes to
/// nearby keys copy each shared path once instead of k times. Freezing is replacing the token: from then on
/// nothing is owned, and the root is an immutable snapshot. Key and value arrays are never mutated, so a span
/// handed out by a read stays valid. Undoing (a failed commit, a power loss) is the store's: it keeps the
/// values each write replaced (<see cref="SimulatedStore"/>).
/// </remarks>
internal static class SortedTree
{
    /// <summary>One entry. Fields are mutable only while <see cref="Owner"/> is the live token of the writer.</summary>
    internal sealed class Node
    {
        public Node(byte[] key, byte[] value, object? owner)
        {
            Key = key;
            Head = KeyHead.Of(key);
            KeyLength = key.Length;
            Value = value;
            Height = 1;
            Owner = owner;
        }

        private Node(Node node, object owner)
        {
            Key = node.Key;
            Head = node.Head;
            KeyLength = node.KeyLength;
            Value = node.Value;
            Left = node.Left;
            Right = node.Right;
            Height = node.Height;
            Owner = owner;
        }

        public byte[] Key { get; private set; }

        /// <summary>The key's <see cref="KeyHead"/>: with <see cref="KeyLength"/>, what most comparisons read instead of the key.</summary>
        public ulong Head { get; private set; }

        public int KeyLength { get; private set; }

        public byte[] Value;
        public Node? Left;
        public Node? Right;
        public int Height;
        public readonly object? Owner;

        /// <summary>A copy of this node that <paramref name="owner"/> owns.</summary>
        public Node CopyFor(object owner) => new(this, owner);

        /// <summary>Takes <paramref name="other"/>'s key (and its head) in place of this node's.</summary>
        public void TakeKey(Node other)
        {
            Key = other.Key;
            Head = other.Head;
            KeyLength = other.KeyLength;
        }
    }

    /// <summary>The node holding <paramref name="key"/>, or null.</summary>
    public static Node? Find(Node? node, ReadOnlySpan<byte> key)
    {
        var head = KeyHead.Of(key);
        while (node is not null)
        {
            var order = KeyHead.Compare(key, head, node);
            if (order == 0)
            {
                return node;
            }

            node = order < 0 ? node.Left : node.Right;
        }

        return null;
    }

    /// <summary>The node with the greatest key strictly before <paramref name="key"/>, or null.</summary>
    public static Node? Before(Node? node, ReadOnlySpan<byte> key)
    {
        Node? best = null;
        var head = KeyHead.Of(key);
        while (node is not null)
        {
            if (KeyHead.Compare(key, head, node) > 0)
            {
                best = node;
                node = node.Right;
            }
            else
            {
                node = node.Left;
            }
        }

        return best;
    }

    /// <summary>The node with the greatest key, or null when the tree is empty.</summary>
    public static Node? Last(Node? node)
    {
        while (node?.Right is not null)
        {
            node = node.Right;
        }

        return node;
    }

    /// <summary>
    /// Sets <paramref name="key"/> to <paramref name="value"/> (stored as given, not copied); returns the new root, in
    /// <paramref name="previous"/> the value it replaced (null when the key is new) and in <paramref name="storedKey"/>
    /// the key's array in the tree. The key is copied only when it is new.
    /// </summary>
    public static Node Set(Node? root, ReadOnlySpan<byte> key, byte[] value, object owner, ref bool added, out byte[]? previous, out byte[] storedKey)
    {
        var path = default(DescentPath);
        var node = Descend(root, key, ref path);
        if (node is null)
        {
            added = true;
            previous = null;
            storedKey = key.ToArray();
            return Climb(ref path, new Node(storedKey, value, owner), taller: true, owner);
        }

        previous = node.Value;
        storedKey = node.Key;
        if (ReferenceEquals(node.Owner, owner))
        {
            // The common write, a key written since the last freeze: its ancestors are owned too (the owner
            // invariant), so the tree's shape and every link stay as they are.
            node.Value = value;
            return root!;
        }

        var copy = Editable(node, owner);
        copy.Value = value;
        return Climb(ref path, copy, taller: false, owner);
    }

    /// <summary>
    /// Adds <paramref name="key"/> with <paramref name="value"/> unless it is present; returns the new root
    /// (the same tree, untouched, when the key was present). One descent: the path is copied on the way
    /// back up, and the value copied, only when the key was added, so a refused insert allocates nothing.
    /// <paramref name="storedKey"/> is the added key's array in the tree (empty when nothing was added).
    /// </summary>
    public static Node Insert(Node? root, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value, object owner, ref bool added, out byte[] storedKey)
    {
        var path = default(DescentPath);
        if (Descend(root, key, ref path) is not null)
        {
            storedKey = [];
            return root!;
        }

        added = true;
        storedKey = key.ToArray();
        return Climb(ref path, new Node(storedKey, value.ToArray(), owner), taller: true, owner);
    }

    // The node holding key, or null; path holds the nodes above it (above where it would hang when absent).
    private static Node? Descend(Node? node, ReadOnlySpan<byte> key, ref DescentPath path)
    {
        var head = KeyHead.Of(key);
        while (node is not null)
        {
            var order = KeyHead.Compare(key, head, node);
            if (order == 0)
            {
                return node;
            }

            path.Push(node, right: order > 0);
            node = order < 0 ? node.Left : node.Right;
        }

        return null;
    }

    // Hangs the edited subtree back under the path, bottom up, copying every parent the owner does not own, and
    // returns the root. Only a subtree that got taller can unbalance its parent, so only then are parents
    // rebalanced (otherwise their heights hold: Balance would only re-measure them). The climb stops at an owned
    // parent that already holds the subtree at its old height: the owner invariant makes everything above it
    // owned and unchanged. The tree comes out exactly as a recursive set rebalancing every parent would leave it.
    private static Node Climb(ref DescentPath path, Node subtree, bool taller, object owner)
    {
        while (path.Depth > 0)
        {
            var (parent, right) = path.Pop();
            if (!taller && ReferenceEquals(parent.Owner, owner) && ReferenceEquals(right ? parent.Right : parent.Left, subtree))
            {
                return path.Root;
            }

            var edited = Editable(parent, owner);
            if (right)
            {
                edited.Right = subtree;
            }
            else
            {
                edited.Left = subtree;
            }

            if (taller)
            {
                var height = edited.Height;
                subtree = Balance(edited, owner);
                taller = subtree.Height != height;
            }
            else
            {
                subtree = edited;
            }
        }

        return subtree;
    }

    /// <summary>
    /// Removes <paramref name="key"/> if present; returns the new root, and in <paramref name="storedKey"/> and
    /// <paramref name="value"/> the key's array that was in the tree and the value removed.
    /// </summary>
    public static Node? Remove(Node? node, ReadOnlySpan<byte> key, object owner, ref bool removed, ref byte[]? storedKey, ref byte[]? value) =>
        Remove(node, key, KeyHead.Of(key), owner, ref removed, ref storedKey, ref value);

    private static Node? Remove(Node? node, ReadOnlySpan<byte> key, ulong head, object owner, ref bool removed, ref byte[]? storedKey, ref byte[]? value)
    {
        if (node is null)
        {
            return null;
        }

        var order = KeyHead.Compare(key, head, node);
        if (order != 0)
        {
            var child = Remove(order < 0 ? node.Left : node.Right, key, head, owner, ref removed, ref storedKey, ref value);
            if (!removed)
            {
                return node;
            }

            var edited = Editable(node, owner);
            if (order < 0)
            {
                edited.Left = child;
            }
            else
            {
                edited.Right = child;
            }

            return Balance(edited, owner);
        }

        removed = true;
        storedKey = node.Key;
        value = node.Value;
        if (node.Left is null)
        {
            return node.Right;
        }

        if (node.Right is null)
        {
            return node.Left;
        }

        var right = RemoveFirst(node.Right, owner, out var first);
        var replaced = Editable(node, owner);
        replaced.TakeKey(first);
        replaced.Value = first.Value;
        replaced.Right = right;
        return Balance(replaced, owner);
    }

    /// <summary>A path stack deep enough for any walk of the tree under <paramref name="root"/> (its height bounds every path).</summary>
    public static Node[] PathFor(Node? root) => new Node[PathLength(root)];

    /// <summary>How long a path stack must be for any walk of the tree under <paramref name="root"/>: its height.</summary>
    public static int PathLength(Node? root) => HeightOf(root);

    /// <summary>Fills <paramref name="path"/> so that popping yields keys at or after <paramref name="begin"/> in ascending order.</summary>
    public static void SeekForward(Node? node, ReadOnlySpan<byte> begin, Node[] path, ref int depth)
    {
        var head = KeyHead.Of(begin);
        while (node is not null)
        {
            if (KeyHead.Compare(begin, head, node) <= 0)
            {
                path[depth++] = node;
                node = node.Left;
            }
            else
            {
                node = node.Right;
            }
        }
    }

    /// <summary>Fills <paramref name="path"/> so that popping yields keys strictly before <paramref name="end"/> in descending order.</summary>
    public static void SeekBackward(Node? node, ReadOnlySpan<byte> end, Node[] path, ref int depth)
    {
        var head = KeyHead.Of(end);
        while (node is not null)
        {
            if (KeyHead.Compare(end, head, node) > 0)
            {
                path[depth++] = node;
                node = node.Right;
            }
            else
            {
                node = node.Left;
            }
        }
    }

    /// <summary>Pushes the leftmost (ascending) or rightmost (descending) chain under <paramref name="node"/>.</summary>
    public static void PushChain(Node? node, bool descending, Node[] path, ref int depth)
    {
        while (node is not null)
        {
            path[depth++] = node;
            node = descending ? node.Right : node.Left;
        }
    }

    private static Node? RemoveFirst(Node node, object owner, out Node first)
    {
        if (node.Left is null)
        {
            first = node;
            return node.Right;
        }

        var edited = Editable(node, owner);
        edited.Left = RemoveFirst(node.Left, owner, out first);
        return Balance(edited, owner);
    }

    private static Node Editable(Node node, object owner) => ReferenceEquals(node.Owner, owner) ? node : node.CopyFor(owner);

    private static int HeightOf(Node? node) => node?.Height ?? 0;

    private static void Measure(Node node) => node.Height = Math.Max(HeightOf(node.Left), HeightOf(node.Right)) + 1;

    // node is owned; restores the AVL balance (|height(left) - height(right)| <= 1) after one insert or removal below it.
    private static Node Balance(Node node, object owner)
    {
        var balance = HeightOf(node.Left) - HeightOf(node.Right);
        if (balance > 1)
        {
            var left = node.Left!;
            if (HeightOf(left.Left) < HeightOf(left.Right))
            {
                node.Left = RotateLeft(Editable(left, owner), owner);
            }

            return RotateRight(node, owner);
        }

        if (balance < -1)
        {
            var right = node.Right!;
            if (HeightOf(right.Right) < HeightOf(right.Left))
            {
                node.Right = RotateRight(Editable(right, owner), owner);
            }

            return RotateLeft(node, owner);
        }

        Measure(node);
        return node;
    }

    private static Node RotateRight(Node node, object owner)
    {
        var left = Editable(node.Left!, owner);
        node.Left = left.Right;
        Measure(node);
        left.Right = node;
        Measure(left);
        return left;
    }

    private static Node RotateLeft(Node node, object owner)
    {
        var right = Editable(node.Right!, owner);
        node.Right = right.Left;
        Measure(node);
        right.Left = node;
        Measure(right);
        return right;
    }
}
