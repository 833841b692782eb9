namespace Specs.Inventory.Contracts.Commands.ReferenceData;

[CommandContract(2210, "Create a sales channel. Refused when the name is empty, too long, or already used by another channel.")]
public sealed partial class CreateChannel
{
    [Field(0, "The channel's name (1-100 characters, unique among channels without regard to case).")]
    public required string Name { get; init; }
}
