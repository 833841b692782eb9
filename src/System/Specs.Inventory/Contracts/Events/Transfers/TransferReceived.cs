using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Transfers;

[EventContract(1146, "Transfer units arrived: InTransit fell and OnHand at each receiving location rose, in the same lots and serials that left.")]
public sealed partial class TransferReceived
{
    [Field(0, "The transfer.")]
    public Guid TransferId { get; init; }

    [Field(1, "Code of the receiving warehouse.")]
    public required string ToWarehouse { get; init; }

    [Field(2, "What arrived, into which locations.")]
    public IReadOnlyList<TransferItem> Items { get; init; } = [];
}
