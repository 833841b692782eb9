namespace Specs.Inventory.Contracts.Events.Lots;

[EventContract(1176, "A lot of a lot-tracked SKU was registered, with its expiry if it has one.")]
public sealed partial class LotRegistered
{
    [Field(0, "The SKU the lot belongs to.")]
    public required string Sku { get; init; }

    [Field(1, "The lot code (unique per SKU).")]
    public required string Lot { get; init; }

    [Field(2, "When the lot expires, Unix milliseconds; absent when it does not expire.")]
    public long? ExpiresAtUnixMs { get; init; }
}
