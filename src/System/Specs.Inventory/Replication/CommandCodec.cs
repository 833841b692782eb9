using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.ReferenceData;

namespace Specs.Inventory.Replication;

/// <summary>
/// Turns the command bytes of a journaled entry back into a command. Commands write themselves
/// (<see cref="IContractValue.WriteTo"/>); reading needs the concrete type, so each command a cluster
/// replicates is registered with its generated <c>Decode</c>.
/// </summary>
/// <remarks>An unregistered contract id is refused when the entry is created, never discovered when it is applied.</remarks>
public sealed class CommandCodec
{
    private readonly Dictionary<int, Func<byte[], ICommandContract>> _decoders = [];

    /// <summary>The commands the simulator's workload and the cluster host replicate.</summary>
    public static CommandCodec Default { get; } = CreateDefault();

    /// <summary>Registers a decoder for one contract id.</summary>
    public CommandCodec Register(int contractId, Func<byte[], ICommandContract> decode)
    {
        _decoders[contractId] = decode;
        return this;
    }

    /// <summary>Whether commands of this contract id can be journaled.</summary>
    public bool Knows(int contractId) => _decoders.ContainsKey(contractId);

    /// <summary>Decodes bytes written by <c>ToBytes</c> of the command with that contract id.</summary>
    public ICommandContract Decode(int contractId, byte[] bytes) =>
        _decoders.TryGetValue(contractId, out var decode)
            ? decode(bytes)
            : throw new InvalidOperationException($"Command contract {contractId} is not registered with the replication codec.");

    private static CommandCodec CreateDefault() => new CommandCodec()
        .Register(2000, bytes => CreateProduct.Decode(new CreateProduct.View(bytes)))
        .Register(2001, bytes => UpdateProduct.Decode(new UpdateProduct.View(bytes)))
        .Register(2032, bytes => CreateWarehouse.Decode(new CreateWarehouse.View(bytes)))
        .Register(2033, bytes => CreateLocation.Decode(new CreateLocation.View(bytes)))
        .Register(2208, bytes => CreateReason.Decode(new CreateReason.View(bytes)));
}
