using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Commands.Transfers;

[CommandContract(2145, "Send a planned transfer, once: the units leave their locations and are in transit. Refused beyond the plan or what the locations hold.")]
public sealed partial class ShipTransfer
{
    [Field(0, "The transfer.")]
    public Guid TransferId { get; init; }

    [Field(1, "What leaves, from which locations of the sending warehouse: 1 to 500 items, at most the planned units per SKU.")]
    public IReadOnlyList<TransferItem> Items { get; init; } = [];
}
