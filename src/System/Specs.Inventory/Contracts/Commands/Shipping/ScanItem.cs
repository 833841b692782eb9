namespace Specs.Inventory.Contracts.Commands.Shipping;

[CommandContract(2128, "Check picked units of a picklist line at the packing bench: they pass or fail. Refused beyond the picked units not yet checked.")]
public sealed partial class ScanItem
{
    [Field(0, "The picklist the units were picked on.")]
    public Guid PicklistId { get; init; }

    [Field(1, "The SKU (or an alternate SKU) of the line.")]
    public required string Sku { get; init; }

    [Field(2, "Units checked; 1 to the picked units not yet checked.")]
    public long Quantity { get; init; }

    [Field(3, "True when the units passed the check, false when they failed.")]
    public bool Passed { get; init; }

    [Field(4, "The sale of the line; absent for a line that serves no sale.")]
    public Guid? SaleId { get; init; }

    [Field(5, "Why the units failed, if said.")]
    public string? Note { get; init; }
}
