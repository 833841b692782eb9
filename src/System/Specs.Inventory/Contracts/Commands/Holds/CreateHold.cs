namespace Specs.Inventory.Contracts.Commands.Holds;

[CommandContract(2096, "Hold units of a SKU for a customer or a channel, until released or until its expiry. Refused when Available is short.")]
public sealed partial class CreateHold
{
    [Field(0, "Id of the hold (1-64 characters, unique without regard to case), chosen by the caller.")]
    public required string HoldId { get; init; }

    [Field(1, "The SKU (or an alternate SKU) to hold.")]
    public required string Sku { get; init; }

    [Field(2, "Units to hold; at most the SKU's Available.")]
    public long Quantity { get; init; }

    [Field(3, "When the hold expires by itself, Unix milliseconds, after the clock's time; absent when it lasts until released.")]
    public long? ExpiresAtUnixMs { get; init; }

    [Field(4, "Who or what the units are held for (up to 200 characters).")]
    public string? Note { get; init; }
}
