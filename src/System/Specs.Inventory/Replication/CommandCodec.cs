using System.Reflection;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Replication;

/// <summary>
/// Turns the command bytes of a journaled entry back into a command. Commands write themselves
/// (<see cref="IContractValue.WriteTo"/>); reading needs the concrete type, so each command a cluster
/// replicates is registered with its decoder.
/// </summary>
/// <remarks>
/// <see cref="Default"/> knows every command of the <see cref="ContractCatalog"/> (each generated contract
/// has a static <c>FromBytes</c> over its FlatBuffers encoding) and the replication requests
/// (<see cref="RecordHistory"/>, <see cref="AdvanceTime"/>). An unregistered contract id is refused when the
/// entry is created, never discovered when it is applied.
/// </remarks>
public sealed class CommandCodec
{
    private readonly Dictionary<int, Func<byte[], ICommandContract>> _decoders = [];

    private delegate ICommandContract SpanDecoder(ReadOnlySpan<byte> buffer);

    /// <summary>Every command of the catalog, and the replication requests.</summary>
    public static CommandCodec Default { get; } = CreateDefault();

    /// <summary>The contract ids this codec decodes.</summary>
    public IReadOnlyCollection<int> ContractIds => _decoders.Keys;

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

    private static CommandCodec CreateDefault()
    {
        var codec = new CommandCodec()
            .Register(RecordHistory.Id, bytes => RecordHistory.FromBytes(bytes))
            .Register(AdvanceTime.Id, bytes => AdvanceTime.FromBytes(bytes));
        foreach (var contract in ContractCatalog.Contracts.Where(contract => contract.Kind == ContractKind.Command))
        {
            var decode = DecoderOf(contract.ClrType);
            codec.Register(contract.Id, bytes => decode(bytes));
        }

        return codec;
    }

    /// <summary>The generated <c>static T FromBytes(ReadOnlySpan&lt;byte&gt;)</c> of a command type, as a delegate (bound once).</summary>
    private static SpanDecoder DecoderOf(Type command)
    {
        var method = command.GetMethod("FromBytes", BindingFlags.Public | BindingFlags.Static, [typeof(ReadOnlySpan<byte>)]);
        if (method is null || !typeof(ICommandContract).IsAssignableFrom(method.ReturnType))
        {
            throw new InvalidOperationException($"The generated command {command.Name} has no static FromBytes(ReadOnlySpan<byte>) returning it.");
        }

        return method.CreateDelegate<SpanDecoder>();
    }
}
