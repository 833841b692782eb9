namespace Specs.Inventory.Contracts.Commands.Counts;

[CommandContract(2160, "Start a cycle count over 1-100 locations of a warehouse; the system takes a snapshot of what they hold. Refused when a location is already being counted.")]
public sealed partial class StartCount
{
    [Field(0, "Code of the warehouse.")]
    public required string Warehouse { get; init; }

    [Field(1, "Codes of the locations to count (distinct, 1-100).")]
    public IReadOnlyList<string> Locations { get; init; } = [];

    [Field(2, "Name of an active reason for the adjustments approval will make.")]
    public required string Reason { get; init; }
}
