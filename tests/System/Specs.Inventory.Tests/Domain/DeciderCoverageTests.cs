using System.Runtime.CompilerServices;
using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.Ports;

namespace Specs.Inventory.Tests.Domain;

/// <summary>
/// Every command contract of an implemented area reaches a decider arm, and every event contract an
/// Evolve arm: a contract added without its rules fails here instead of in production. The list
/// names the DOMAIN.md areas implemented so far; each area built later adds its number.
/// </summary>
public sealed class DeciderCoverageTests
{
    /// <summary>Every area of DOMAIN.md.</summary>
    private static readonly int[] ImplementedAreas = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];

    public static TheoryData<int> Commands => [.. ContractsOf(ContractKind.Command, CommandContractAttribute.FirstId)];

    public static TheoryData<int> Events => [.. ContractsOf(ContractKind.Event, EventContractAttribute.FirstId)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_of_an_implemented_area_has_a_decider_arm(int contractId)
    {
        var command = (ICommandContract)Blank(contractId);

        var routed = Record.Exception(() => InventoryDecider.Decide(command, InventoryState.Empty, new DecisionContext(0, new DeterministicIds(seed: 1))));

        Assert.IsNotType<NotSupportedException>(routed);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Every_event_of_an_implemented_area_has_an_evolve_arm(int contractId)
    {
        var @event = (IEventContract)Blank(contractId);

        var routed = Record.Exception(() => InventoryDecider.Evolve(InventoryState.Empty, @event));

        Assert.IsNotType<NotSupportedException>(routed);
    }

    [Fact]
    public void The_implemented_areas_hold_contracts_of_both_kinds()
    {
        Assert.Equal(ImplementedAreas, ContractsOf(ContractKind.Command, CommandContractAttribute.FirstId).Select(id => AreaOf(id, CommandContractAttribute.FirstId)).Distinct().Order());
        Assert.Equal(ImplementedAreas, ContractsOf(ContractKind.Event, EventContractAttribute.FirstId).Select(id => AreaOf(id, EventContractAttribute.FirstId)).Distinct().Order());
    }

    private static IEnumerable<int> ContractsOf(ContractKind kind, int firstId) =>
        ContractCatalog.Contracts
            .Where(contract => contract.Kind == kind && ImplementedAreas.Contains(AreaOf(contract.Id, firstId)))
            .Select(contract => contract.Id);

    /// <summary>The DOMAIN.md area of a contract id: blocks of 16 per area (see ContractAttributes).</summary>
    private static int AreaOf(int id, int firstId) => ((id - firstId) / 16) + 1;

    /// <summary>An instance with every field at its zero value: enough to see which arm it reaches.</summary>
    private static object Blank(int contractId) => RuntimeHelpers.GetUninitializedObject(ContractCatalog.Get(contractId).ClrType);
}
