namespace Specs.Inventory.Contracts.Commands.Channels;

[CommandContract(2192, "Connect an active sales channel for quantity sync. Connecting a connected channel changes nothing.")]
public sealed partial class ConnectChannel
{
    [Field(0, "The channel's name (an active channel of the reference data).")]
    public required string Channel { get; init; }
}
