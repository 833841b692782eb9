namespace Specs.Inventory.Contracts.Commands.ReferenceData;

[CommandContract(2208, "Create a reason for stock changes. Refused when the name is empty, too long, or already used by another reason.")]
public sealed partial class CreateReason
{
    [Field(0, "The reason's name (1-100 characters, unique among reasons without regard to case).")]
    public required string Name { get; init; }

    [Field(1, "What the reason is for.")]
    public string? Description { get; init; }
}
