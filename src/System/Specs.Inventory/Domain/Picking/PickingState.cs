using System.Collections.Immutable;

namespace Specs.Inventory.Domain.Picking;

/// <summary>A picklist: lines to pick in one warehouse (a wave when they serve several sales).</summary>
public sealed record Picklist(Guid Id, string Warehouse, ImmutableList<PickLine> Lines, string? Picker, bool Completed)
{
    /// <summary>The index of the line for the SKU and sale, or −1.</summary>
    public int IndexOf(string sku, Guid? saleId) => Lines.FindIndex(line => line.Matches(sku, saleId));

    public Picklist WithLine(int index, PickLine line) => this with { Lines = Lines.SetItem(index, line) };
}

/// <summary>Picklists by id, and which picklists hold lines of each sale (what shipping a sale looks at).</summary>
public sealed record PickingState
{
    public static PickingState Empty { get; } = new();

    public ImmutableSortedDictionary<Guid, Picklist> Picklists { get; private init; } = ImmutableSortedDictionary<Guid, Picklist>.Empty;

    /// <summary>Sale → the picklists with a line for it, in creation order.</summary>
    public ImmutableSortedDictionary<Guid, ImmutableList<Guid>> PicklistsBySale { get; private init; } = ImmutableSortedDictionary<Guid, ImmutableList<Guid>>.Empty;

    public Picklist? Find(Guid id) => Picklists.GetValueOrDefault(id);

    public IEnumerable<Picklist> OfSale(Guid saleId) =>
        PicklistsBySale.GetValueOrDefault(saleId, []).Select(id => Picklists[id]);

    public PickingState With(Picklist picklist)
    {
        var bySale = PicklistsBySale;
        if (!Picklists.ContainsKey(picklist.Id))
        {
            foreach (var sale in picklist.Lines.Select(line => line.SaleId).OfType<Guid>().Distinct())
            {
                bySale = bySale.SetItem(sale, bySale.GetValueOrDefault(sale, []).Add(picklist.Id));
            }
        }

        return this with { Picklists = Picklists.SetItem(picklist.Id, picklist), PicklistsBySale = bySale };
    }
}
