namespace Specs.Inventory.Contracts.Events.ReferenceData;

[EventContract(1208, "A reason for stock changes was created; its name is unique and it is active.")]
public sealed partial class ReasonCreated
{
    [Field(0, "The reason's name, as stock changes cite it (unique, compared without regard to case).")]
    public required string Name { get; init; }

    [Field(1, "What the reason is for, if described.")]
    public string? Description { get; init; }
}
