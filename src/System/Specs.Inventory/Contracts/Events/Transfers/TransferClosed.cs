namespace Specs.Inventory.Contracts.Events.Transfers;

[EventContract(1147, "Every unit a transfer shipped has been received; nothing more can be received on it.")]
public sealed partial class TransferClosed
{
    [Field(0, "The transfer.")]
    public Guid TransferId { get; init; }
}
