namespace Specs.Inventory.Contracts.Events.Lots;

[EventContract(1177, "A lot expired (its expiry passed, or it was expired by hand): its units stay on hand but are no longer sellable.")]
public sealed partial class LotExpired
{
    [Field(0, "The SKU the lot belongs to.")]
    public required string Sku { get; init; }

    [Field(1, "The lot code.")]
    public required string Lot { get; init; }

    [Field(2, "When the lot expired, Unix milliseconds: its expiry when time-driven, the clock when expired by hand.")]
    public long ExpiredAtUnixMs { get; init; }
}
