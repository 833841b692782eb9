namespace Specs.Inventory.Contracts.Events.Holds;

[EventContract(1098, "A hold reached its expiry: Held falls by its units. Recorded once, at the hold's own expiry time.")]
public sealed partial class HoldExpired
{
    [Field(0, "Id of the hold.")]
    public required string HoldId { get; init; }

    [Field(1, "The SKU that was held.")]
    public required string Sku { get; init; }

    [Field(2, "Units no longer held.")]
    public long Quantity { get; init; }

    [Field(3, "The hold's expiry, Unix milliseconds.")]
    public long ExpiredAtUnixMs { get; init; }
}
