namespace Specs.Inventory.Contracts.Events.Holds;

[EventContract(1097, "A hold was released by hand: Held falls by its units.")]
public sealed partial class HoldReleased
{
    [Field(0, "Id of the hold.")]
    public required string HoldId { get; init; }

    [Field(1, "The SKU that was held.")]
    public required string Sku { get; init; }

    [Field(2, "Units released.")]
    public long Quantity { get; init; }

    [Field(3, "When the hold was released, Unix milliseconds.")]
    public long ReleasedAtUnixMs { get; init; }
}
