using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Transfers;

[EventContract(1145, "A transfer left its warehouse: OnHand at each location fell and InTransit rose by the items' quantities; lots and serials travel with the units.")]
public sealed partial class TransferShipped
{
    [Field(0, "The transfer.")]
    public Guid TransferId { get; init; }

    [Field(1, "Code of the warehouse the units left.")]
    public required string FromWarehouse { get; init; }

    [Field(2, "Code of the warehouse they travel to.")]
    public required string ToWarehouse { get; init; }

    [Field(3, "What left, from which locations.")]
    public IReadOnlyList<TransferItem> Items { get; init; } = [];
}
