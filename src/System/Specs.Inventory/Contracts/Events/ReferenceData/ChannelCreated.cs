namespace Specs.Inventory.Contracts.Events.ReferenceData;

[EventContract(1210, "A sales channel was created; its name is unique and it is active.")]
public sealed partial class ChannelCreated
{
    [Field(0, "The channel's name, as sales and quantity pushes cite it (unique, compared without regard to case).")]
    public required string Name { get; init; }
}
