namespace Specs.Inventory.Contracts.Commands.Lots;

[CommandContract(2176, "Register a lot of a lot-tracked SKU. Registering it again with the same expiry changes nothing; with another expiry it is refused.")]
public sealed partial class RegisterLot
{
    [Field(0, "The SKU (or an alternate SKU) the lot belongs to.")]
    public required string Sku { get; init; }

    [Field(1, "The lot code (1-64 characters, unique per SKU).")]
    public required string Lot { get; init; }

    [Field(2, "When the lot expires, Unix milliseconds; absent when it does not expire.")]
    public long? ExpiresAtUnixMs { get; init; }
}
