using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.Views.Stock;

namespace Specs.Inventory.Tests.Views;

/// <summary>Every event an area evolves is classified by the stock views: it touches stock (an arm in StockTouches.Of) or it does not.</summary>
public sealed class StockTouchesTests
{
    public static TheoryData<int> EvolvedEvents =>
    [
        .. ContractCatalog.Contracts
            .Where(contract => contract.Kind == ContractKind.Event && HasEvolveArm(contract.ClrType))
            .Select(contract => contract.Id),
    ];

    [Theory]
    [MemberData(nameof(EvolvedEvents))]
    public void Every_event_contract_is_classified_by_the_stock_views(int contractId)
    {
        var type = ContractCatalog.Get(contractId).ClrType;

        Assert.True(StockTouches.NoStock.Contains(type) ^ StockTouches.Touching.Contains(type), $"{type.Name} must be in exactly one of StockTouches.NoStock and StockTouches.Touching");
    }

    private static bool HasEvolveArm(Type type)
    {
        var blank = (IEventContract)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
        return Record.Exception(() => InventoryDecider.Evolve(InventoryState.Empty, blank)) is not NotSupportedException;
    }
}
