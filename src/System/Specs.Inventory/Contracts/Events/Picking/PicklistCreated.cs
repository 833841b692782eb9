using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Contracts.Events.Picking;

[EventContract(1112, "A picklist was created in a warehouse with its lines; its id came from the server's id port.")]
public sealed partial class PicklistCreated
{
    [Field(0, "Id of the new picklist.")]
    public Guid PicklistId { get; init; }

    [Field(1, "Code of the warehouse the units are picked in.")]
    public required string Warehouse { get; init; }

    [Field(2, "What to pick, with each SKU as recorded in the catalog.")]
    public IReadOnlyList<PicklistLine> Lines { get; init; } = [];
}
