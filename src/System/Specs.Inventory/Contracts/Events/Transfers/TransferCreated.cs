using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Transfers;

[EventContract(1144, "A transfer between two warehouses was planned; its id came from the server's id port.")]
public sealed partial class TransferCreated
{
    [Field(0, "Id of the new transfer.")]
    public Guid TransferId { get; init; }

    [Field(1, "Code of the warehouse the units leave.")]
    public required string FromWarehouse { get; init; }

    [Field(2, "Code of the warehouse the units go to.")]
    public required string ToWarehouse { get; init; }

    [Field(3, "What to send, with each SKU as recorded in the catalog.")]
    public IReadOnlyList<TransferLine> Lines { get; init; } = [];
}
