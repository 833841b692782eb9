using CsCheck;
using Specs.Inventory.Contracts;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Domain.Sales;

/// <summary>
/// The queues per SKU (who is served first when stock arrives) must hold exactly the open sales that reserve the SKU,
/// each at its place, whatever the changes: also when a change keeps the sale's place and the queues are left as they were.
/// </summary>
public sealed class SaleQueueTests
{
    private static readonly string[] Skus = ["SKU-1", "SKU-2", "SKU-3"];
    private static readonly string[] Sales = ["S-1", "S-2", "S-3", "S-4"];

    [Fact]
    public void The_queue_of_each_sku_holds_exactly_the_open_sales_reserving_it_after_any_changes()
    {
        // A change: which sale, a new status, priority and order time (or the same), which SKUs it reserves, picked units.
        var change = Gen.Select(Gen.Int[0, Sales.Length - 1], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 7], Gen.Int[0, 5]);
        Property.ForAll(change.Array[0, 60], changes =>
        {
            var state = SalesState.Empty;
            foreach (var (sale, status, priority, skus, picked) in changes)
            {
                var before = state.Find("shop", Sales[sale]);
                var after = Changed(before, Sales[sale], status, priority, skus, picked);
                state = state.Replace(before, after);
            }

            foreach (var sku in Skus)
            {
                var expected = state.Sales.Values
                    .Where(sale => !sale.IsCancelled && sale.Reserved.ContainsKey(sku))
                    .Select(sale => sale.QueueEntry)
                    .Order()
                    .ToArray();
                Assert.Equal(expected, state.QueueOf(sku).ToArray());
            }
        }, seed: 0x5EED0107, iterations: 500);
    }

    [Fact]
    public void A_pick_keeps_every_queue_as_it_was()
    {
        var sale = Changed(null, "S-1", status: 0, priority: 1, skus: 0b011, picked: 0);
        var state = SalesState.Empty.Replace(null, sale);
        var picked = Changed(sale, "S-1", status: 0, priority: 1, skus: 0b011, picked: 2);

        var after = state.Replace(sale, picked);

        Assert.Same(state.QueueBySku, after.QueueBySku);
        Assert.Equal(2, after.Find("shop", "S-1")!.Reserved["SKU-1"].Picked);
    }

    // Kept: a change that keeps most fields of the sale it changes, as the domain's changes do; the order time moves
    // only with the priority draw, so both kinds of change (place kept, place moved) are frequent.
    private static Sale Changed(Sale? before, string externalId, int status, int priority, int skus, int picked)
    {
        var orderedAt = 1_000 + (priority * 10);
        var reserved = Skus.Where((_, index) => (skus & (1 << index)) != 0)
            .Select(sku => new ReservedLine(sku, 10, Math.Min(picked, 10)));
        var sale = before ?? new Sale("shop", externalId, SaleStatus.Open, SalePriority.Normal, orderedAt, Allocated: false);
        return sale with
        {
            Status = (SaleStatus)status,
            Priority = (SalePriority)priority,
            OrderedAtUnixMs = orderedAt,
            Reserved = sale.Reserved.Clear().AddRange(reserved.Select(line => KeyValuePair.Create(line.Sku, line))),
        };
    }
}
