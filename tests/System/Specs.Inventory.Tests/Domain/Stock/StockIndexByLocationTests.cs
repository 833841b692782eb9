using CsCheck;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Domain.Stock;

/// <summary>The stock's index by location must name exactly the SKUs with units at each location, whatever the changes.</summary>
public sealed class StockIndexByLocationTests
{
    private static readonly string[] Skus = ["SKU-1", "sku-1", "SKU-2", "SKU-3"];
    private static readonly LocationAddress[] Addresses = [new("MAIN", "A-1"), new("MAIN", "A-2"), new("SIDE", "A-1")];
    private static readonly string[] Lots = ["", "L1", "L2"];

    [Fact]
    public void The_index_by_location_names_exactly_the_skus_with_units_there_after_any_changes()
    {
        var change = Gen.Select(Gen.Int[0, Skus.Length - 1], Gen.Int[0, Addresses.Length - 1], Gen.Int[0, Lots.Length - 1], Gen.Int[1, 5], Gen.Bool);
        Property.ForAll(change.Array[0, 40], changes =>
        {
            var state = StockState.Empty;
            foreach (var (sku, address, lot, units, add) in changes)
            {
                var slot = StockSlot.At(Addresses[address], Lots[lot]);
                var onHand = state.Of(Skus[sku]).OnHandAt(slot);
                state = state.Change(Skus[sku], slot, add ? units : -Math.Min(units, onHand));
            }

            foreach (var address in Addresses)
            {
                var expected = state.Skus.Values.Where(stock => stock.OnHandAt(address) > 0).Select(stock => stock.Sku).ToArray();
                Assert.Equal(expected, state.HeldAt(address).Select(stock => stock.Sku).ToArray());
            }

            Assert.All(state.SkusByLocation, pair => Assert.NotEmpty(pair.Value));
        }, seed: 0x5EED0106, iterations: 500);
    }
}
