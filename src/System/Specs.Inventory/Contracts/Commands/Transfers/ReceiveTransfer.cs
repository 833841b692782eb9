using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Transfers;

[CommandContract(2146, "Receive shipped transfer units into locations of the receiving warehouse, all or part. Refused beyond what was shipped and not yet received, per SKU and lot.")]
public sealed partial class ReceiveTransfer
{
    [Field(0, "The transfer.")]
    public Guid TransferId { get; init; }

    [Field(1, "What arrived, into which locations of the receiving warehouse: 1 to 500 items.")]
    public IReadOnlyList<TransferItem> Items { get; init; } = [];
}
