using Google.FlatBuffers;

namespace Specs.Inventory.Contracts;

/// <summary>A value the generator can write as a FlatBuffers table: contracts and nested tables.</summary>
public interface IContractValue
{
    /// <summary>
    /// Writes this value's table (and everything it refers to) into <paramref name="builder"/> and
    /// returns the table's offset. Must not be called while another table is being built.
    /// </summary>
    int WriteTo(FlatBufferBuilder builder);
}

/// <summary>A command or an event: a value with a stable contract id.</summary>
public interface IContract : IContractValue
{
    int ContractId { get; }
}

/// <summary>An event contract: a member of the EventRecord payload union.</summary>
public interface IEventContract : IContract;

/// <summary>A command contract.</summary>
public interface ICommandContract : IContract;
