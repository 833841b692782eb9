namespace Specs.Inventory.Views;

/// <summary>
/// What a replay of one log implies every view (and the log's own indexes) must hold: per view, its name,
/// key prefix, and keys and values in store order; and the head the views' checkpoints must name.
/// </summary>
public sealed record ReplayExpectation(ulong Head, IReadOnlyList<(string Name, byte[] Prefix, KeyValuePair<byte[], byte[]>[] Keys)> Views);
