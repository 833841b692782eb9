using Google.FlatBuffers;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Wire;

namespace Specs.Inventory.Replication;

/// <summary>
/// A request to move the replicated node's time forward to <paramref name="ToUnixMs"/>, so that due timers
/// fire through the pipeline (a scenario's "When the clock advances to T"). Replicated like a command: every
/// replica fires the same timers at the same point of the log.
/// </summary>
/// <remarks>
/// Not a contract of the catalog (its id is negative, reserved for replication requests). Applying it twice
/// is harmless: time never goes back, and a timer that fired changed the state so it is no longer due.
/// </remarks>
public sealed record AdvanceTime(long ToUnixMs) : ICommandContract
{
    /// <summary>The reserved contract id.</summary>
    public const int Id = -2;

    private const string SchemaName = "AdvanceTime";

    public int ContractId => Id;

    public int WriteTo(FlatBufferBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StartTable(1);
        builder.AddLong(0, ToUnixMs, 0);
        return builder.EndTable();
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote.</summary>
    public static AdvanceTime FromBytes(ReadOnlySpan<byte> buffer) => new(TableReader.Root(buffer, SchemaName).Int64(0, 0));
}
