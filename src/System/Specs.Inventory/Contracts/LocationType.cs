namespace Specs.Inventory.Contracts;

/// <summary>What a location is used for; it decides the location's default sellability. Part of the contracts: values never change.</summary>
public enum LocationType : byte
{
    /// <summary>A pick face that orders are picked from. Sellable by default.</summary>
    Pick = 0,

    /// <summary>Overstock storage that replenishes pick faces. Sellable by default.</summary>
    Bulk = 1,

    /// <summary>Where goods wait after arriving, before they are checked and put away. Not sellable by default.</summary>
    Receiving = 2,

    /// <summary>Where goods wait on their way out (packing, loading). Not sellable by default.</summary>
    Staging = 3,

    /// <summary>Stock a supplier ships directly to customers. Sellable by default.</summary>
    Dropship = 4,
}
