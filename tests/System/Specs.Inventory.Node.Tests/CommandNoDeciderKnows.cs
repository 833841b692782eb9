using Google.FlatBuffers;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Node.Tests;

/// <summary>
/// A command contract that no decider handles: deciding it is a programmer error (it throws), which is
/// how tests make one request of a batch fail without a real bug in the product.
/// </summary>
public sealed class CommandNoDeciderKnows : ICommandContract
{
    public int ContractId => CommandContractAttribute.LastId;

    public int WriteTo(FlatBufferBuilder builder)
    {
        builder.StartTable(0);
        return builder.EndTable();
    }
}
