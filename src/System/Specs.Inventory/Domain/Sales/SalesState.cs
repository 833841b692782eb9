using System.Collections.Immutable;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Domain.Sales;

/// <summary>One SKU of a sale as the channel sold it (a kit stays a kit here).</summary>
public sealed record SoldLine(string Sku, long Quantity);

/// <summary>
/// Units of one SKU a sale reserves in stock (kits expanded, R-6.3) and how many of them are picked.
/// The unpicked part is the sale's share of the SKU's Pending while the sale is not cancelled.
/// </summary>
public sealed record ReservedLine(string Sku, long Quantity, long Picked)
{
    public long Remaining => Quantity - Picked;
}

/// <summary>A channel's sale as the rules see it.</summary>
public sealed record Sale(string Channel, string ExternalId, SaleStatus Status, SalePriority Priority, long OrderedAtUnixMs, bool Allocated)
{
    public ImmutableArray<SoldLine> Lines { get; init; } = [];

    /// <summary>Reserved units by SKU (compared without regard to case).</summary>
    public ImmutableSortedDictionary<string, ReservedLine> Reserved { get; init; } =
        ImmutableSortedDictionary.Create<string, ReservedLine>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every SKU the sale has counted in Pending since it was imported. A lines change releases the SKUs it
    /// drops, and whoever follows Pending (the stock view) must see those too, though the sale no longer
    /// reserves them.
    /// </summary>
    public ImmutableSortedSet<string> EverReserved { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The id picking and shipping cite the sale by (<see cref="SaleIds"/>).</summary>
    public Guid Id => SaleIds.Of(Channel, ExternalId);

    public bool IsCancelled => Status == SaleStatus.Cancelled;

    /// <summary>Whether any unit was picked: from then on the lines are fixed .</summary>
    public bool PickingStarted => Reserved.Values.Any(line => line.Picked > 0);

    /// <summary>Units of <paramref name="sku"/> the sale still counts in Pending: its unpicked units, none once cancelled.</summary>
    public long PendingOf(string sku) => IsCancelled ? 0 : Reserved.GetValueOrDefault(sku)?.Remaining ?? 0;

    /// <summary>Where the sale stands in the allocation order of every SKU it reserves .</summary>
    public SaleQueueEntry QueueEntry => new(Priority, OrderedAtUnixMs, SalesState.KeyOf(Channel, ExternalId));
}

/// <summary>
/// A sale's place in the allocation order: higher priority first, then older, then by key so that the
/// order is total and the same on every node.
/// </summary>
public readonly record struct SaleQueueEntry(SalePriority Priority, long OrderedAtUnixMs, string Key) : IComparable<SaleQueueEntry>
{
    public static bool operator <(SaleQueueEntry left, SaleQueueEntry right) => left.CompareTo(right) < 0;

    public static bool operator <=(SaleQueueEntry left, SaleQueueEntry right) => left.CompareTo(right) <= 0;

    public static bool operator >(SaleQueueEntry left, SaleQueueEntry right) => left.CompareTo(right) > 0;

    public static bool operator >=(SaleQueueEntry left, SaleQueueEntry right) => left.CompareTo(right) >= 0;

    public int CompareTo(SaleQueueEntry other)
    {
        var byPriority = other.Priority.CompareTo(Priority);
        if (byPriority != 0)
        {
            return byPriority;
        }

        var byDate = OrderedAtUnixMs.CompareTo(other.OrderedAtUnixMs);
        return byDate != 0 ? byDate : string.CompareOrdinal(Key, other.Key);
    }
}

/// <summary>
/// Sales by (channel, external id), both compared without regard to case, and per SKU the open sales
/// that reserve it in allocation order (what walks without scanning every sale).
/// </summary>
public sealed record SalesState
{
    public static SalesState Empty { get; } = new();

    public ImmutableSortedDictionary<string, Sale> Sales { get; private init; } = ImmutableSortedDictionary<string, Sale>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The key of every sale by its id (<see cref="SaleIds"/>), so picking and shipping can find the sale they cite.</summary>
    public ImmutableDictionary<Guid, string> KeysById { get; private init; } = ImmutableDictionary<Guid, string>.Empty;

    /// <summary>Open (not cancelled) sales per reserved SKU, in allocation order.</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedSet<SaleQueueEntry>> QueueBySku { get; private init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedSet<SaleQueueEntry>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The key of a sale: channel and external id folded to lower case, so lookups ignore case as the rules do.</summary>
    public static string KeyOf(string channel, string externalId) => $"{channel.ToLowerInvariant()}\u001f{externalId.ToLowerInvariant()}";

    public Sale? Find(string channel, string externalId) => Sales.GetValueOrDefault(KeyOf(channel, externalId));

    public Sale? FindByKey(string key) => Sales.GetValueOrDefault(key);

    /// <summary>The sale whose id is <paramref name="saleId"/> (<see cref="SaleIds.Of"/>), or null when no such sale was imported.</summary>
    public Sale? FindById(Guid saleId) => KeysById.TryGetValue(saleId, out var key) ? Sales.GetValueOrDefault(key) : null;

    /// <summary>The open sales reserving <paramref name="sku"/>, first in allocation order first.</summary>
    public ImmutableSortedSet<SaleQueueEntry> QueueOf(string sku) => QueueBySku.GetValueOrDefault(sku) ?? [];

    /// <summary>Records <paramref name="after"/> in place of <paramref name="before"/> (null for a new sale), keeping the queues in step.</summary>
    public SalesState Replace(Sale? before, Sale after)
    {
        // Most changes of a sale (a pick, an allocation, a status other than cancelled) keep its place in every
        // queue: taking it out of each of its SKUs' queues and putting it back was a fifth of replaying a realistic log.
        var queues = before is not null && KeepsQueuePlaces(before, after) ? QueueBySku : Requeue(before, after);
        var key = KeyOf(after.Channel, after.ExternalId);
        var keysById = before is null ? KeysById.SetItem(SaleIds.Of(after.Channel, after.ExternalId), key) : KeysById;
        return this with { Sales = Sales.SetItem(key, after), QueueBySku = queues, KeysById = keysById };
    }

    private ImmutableSortedDictionary<string, ImmutableSortedSet<SaleQueueEntry>> Requeue(Sale? before, Sale after)
    {
        var queues = QueueBySku;
        if (before is { IsCancelled: false })
        {
            foreach (var sku in before.Reserved.Keys)
            {
                var left = QueueOf(sku).Remove(before.QueueEntry);
                queues = left.IsEmpty ? queues.Remove(sku) : queues.SetItem(sku, left);
            }
        }

        if (!after.IsCancelled)
        {
            foreach (var sku in after.Reserved.Keys)
            {
                queues = queues.SetItem(sku, (queues.GetValueOrDefault(sku) ?? []).Add(after.QueueEntry));
            }
        }

        return queues;
    }

    /// <summary>
    /// Whether a sale stands where it stood in the queues: queued (not cancelled) both times or neither, in the same
    /// place (priority, order time, channel and id) and under the same SKUs.
    /// </summary>
    private static bool KeepsQueuePlaces(Sale before, Sale after)
    {
        if (before.IsCancelled != after.IsCancelled || before.Priority != after.Priority || before.OrderedAtUnixMs != after.OrderedAtUnixMs
            || !string.Equals(before.Channel, after.Channel, StringComparison.Ordinal) || !string.Equals(before.ExternalId, after.ExternalId, StringComparison.Ordinal))
        {
            return false;
        }

        if (ReferenceEquals(before.Reserved, after.Reserved))
        {
            return true;
        }

        if (before.Reserved.Count != after.Reserved.Count)
        {
            return false;
        }

        using var beforeKeys = before.Reserved.GetEnumerator();
        using var afterKeys = after.Reserved.GetEnumerator();
        while (beforeKeys.MoveNext() && afterKeys.MoveNext())
        {
            if (!string.Equals(beforeKeys.Current.Key, afterKeys.Current.Key, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
