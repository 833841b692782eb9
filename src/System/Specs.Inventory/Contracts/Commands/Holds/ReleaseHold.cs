namespace Specs.Inventory.Contracts.Commands.Holds;

[CommandContract(2097, "Release a hold: its units are available again. Releasing a released or expired hold changes nothing.")]
public sealed partial class ReleaseHold
{
    [Field(0, "Id of the hold.")]
    public required string HoldId { get; init; }
}
