using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Transfers;

[CommandContract(2144, "Plan a transfer of stock from one warehouse to another; the server names it. Refused within one warehouse (use MoveItem) or for an inactive product.")]
public sealed partial class CreateTransfer
{
    [Field(0, "Code of the warehouse the units leave.")]
    public required string FromWarehouse { get; init; }

    [Field(1, "Code of the warehouse the units go to.")]
    public required string ToWarehouse { get; init; }

    [Field(2, "What to send: 1 to 500 lines, one per SKU.")]
    public IReadOnlyList<TransferLine> Lines { get; init; } = [];
}
