using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Picking;

[CommandContract(2112, "Create a picklist (one sale's lines, or a wave of several sales) in one warehouse; the server names it. Refused for an unknown warehouse, an inactive product or a line listed twice.")]
public sealed partial class CreatePicklist
{
    [Field(0, "Code of the warehouse the units are picked in.")]
    public required string Warehouse { get; init; }

    [Field(1, "What to pick: 1 to 500 lines, at most one per SKU and sale.")]
    public IReadOnlyList<PicklistLine> Lines { get; init; } = [];
}
