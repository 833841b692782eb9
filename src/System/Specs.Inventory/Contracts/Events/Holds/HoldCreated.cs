namespace Specs.Inventory.Contracts.Events.Holds;

[EventContract(1096, "Units of a SKU were held: Held grows and Available falls by them.")]
public sealed partial class HoldCreated
{
    [Field(0, "Id of the hold.")]
    public required string HoldId { get; init; }

    [Field(1, "The SKU held.")]
    public required string Sku { get; init; }

    [Field(2, "Units held.")]
    public long Quantity { get; init; }

    [Field(3, "When the hold expires, Unix milliseconds; absent when it lasts until released.")]
    public long? ExpiresAtUnixMs { get; init; }

    [Field(4, "Who or what the units are held for.")]
    public string? Note { get; init; }

    [Field(5, "When the hold was placed, Unix milliseconds.")]
    public long CreatedAtUnixMs { get; init; }
}
