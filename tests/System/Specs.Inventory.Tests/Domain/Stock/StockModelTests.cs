using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Ports;
using static Specs.Inventory.Tests.Domain.StockWorld;

namespace Specs.Inventory.Tests.Domain.Stock;

public sealed class StockModelTests
{
    private static readonly string[] Bins = ["A-01", "A-02", "B-01", "RCV"];

    [Fact]
    public void Available_is_sellable_on_hand_less_pending_and_held()
    {
        var state = State(Added("SKU-100", "A-01", 10), Added("SKU-100", "RCV", 3));
        state = state with { Stock = state.Stock.With(state.Stock.Of("SKU-100").WithCommitted(pendingDelta: 4, heldDelta: 2)) };

        var figures = StockFigures.Of(state, "SKU-100");

        Assert.Equal(13, figures.OnHand);
        Assert.Equal(10, figures.Sellable);
        Assert.Equal(4, figures.Available);
        Assert.Equal(0, figures.Oversold);
        Assert.Equal(figures.OnHand, figures.Available + figures.Pending + figures.Held + figures.NonSellable - figures.Oversold);
    }

    [Fact]
    public void Available_never_goes_below_zero_and_the_excess_is_oversold()
    {
        var state = State(Added("SKU-100", "A-01", 10));
        state = state with { Stock = state.Stock.With(state.Stock.Of("SKU-100").WithCommitted(pendingDelta: 9, heldDelta: 3)) };

        var figures = StockFigures.Of(state, "SKU-100");

        Assert.Equal(0, figures.Available);
        Assert.Equal(2, figures.Oversold);
        Assert.Equal(figures.OnHand, figures.Available + figures.Pending + figures.Held + figures.NonSellable - figures.Oversold);
    }

    [Fact]
    public void Picked_and_in_transit_units_are_not_on_hand_but_still_block_a_tracking_change()
    {
        var state = State();
        state = state with { Stock = state.Stock.With(state.Stock.Of("SKU-100").WithCommitted(pickedDelta: 1, inTransitDelta: 2)) };

        Assert.Equal(0, StockFigures.Of(state, "SKU-100").OnHand);
        Assert.Equal(3, state.Stock.Of("SKU-100").UnitsInStock);
        var decision = InventoryDecider.Decide(new Specs.Inventory.Contracts.Commands.Catalog.SetTracking { Sku = "SKU-100", Tracking = TrackingMode.Lot }, state, Context());
        Assert.True(decision.IsRefused);
    }

    [Fact]
    public void Committed_counters_can_not_go_negative() =>
        Assert.Throws<Specs.Inventory.Diagnostics.InvariantViolationException>(() => new SkuStock("SKU-100").WithCommitted(heldDelta: -1));

    /// <summary>
    /// over many random ledger commands (fixed seed): each command is accepted exactly
    /// when a plain model of the bins says it should be, the state then matches the model bin for bin,
    /// the SKU's total is the sum over its locations and lots, and the per-location totals over all
    /// SKUs agree.
    /// </summary>
    [Fact]
    public void R_4_7_random_ledger_commands_keep_every_total_equal_to_the_sum_of_its_bins()
    {
        var random = new SplitMix64(20260301);
        var state = State(Lot("MILK", "L1"), Lot("MILK", "L2"));
        var model = new Dictionary<(string Sku, string Bin, string Lot), long>();
        for (var step = 0; step < 2_000; step++)
        {
            var sku = Pick(random, ["SKU-100", "MILK"]);
            var lot = sku == "MILK" ? Pick(random, ["L1", "L2"]) : string.Empty;
            var bin = Pick(random, Bins);
            var other = Pick(random, Bins);
            var quantity = (long)(random.NextUInt64() % 21);
            var have = model.GetValueOrDefault((sku, bin, lot));
            var lotOrNull = lot.Length == 0 ? null : lot;
            var (command, accepted, change) = (random.NextUInt64() % 4) switch
            {
                0 => ((ICommandContract)new AddItem { Sku = sku, Warehouse = Main, Location = bin, Quantity = quantity, Reason = "Received", Lot = lotOrNull }, quantity >= 1, Changes(bin, quantity)),
                1 => (new RemoveItem { Sku = sku, Warehouse = Main, Location = bin, Quantity = quantity, Reason = "Damaged", Lot = lotOrNull }, quantity >= 1 && quantity <= have, Changes(bin, -quantity)),
                2 => (new SetItemQuantity { Sku = sku, Warehouse = Main, Location = bin, Quantity = quantity, Reason = "Cycle count", Lot = lotOrNull }, true, Changes(bin, quantity - have)),
                _ => (new MoveItem { Sku = sku, Warehouse = Main, FromLocation = bin, ToLocation = other, Quantity = quantity, Lot = lotOrNull }, quantity >= 1 && quantity <= have && bin != other, Changes(bin, -quantity, other, quantity)),
            };

            var decision = InventoryDecider.Decide(command, state, Context());

            Assert.True(accepted != decision.IsRefused, $"step {step}: {command.GetType().Name} {sku} {bin}->{other} x{quantity} (had {have}): {decision.Refusal}");
            if (accepted)
            {
                state = InventoryDecider.Replay(decision.Events, state);
                foreach (var (where, delta) in change)
                {
                    model[(sku, where, lot)] = model.GetValueOrDefault((sku, where, lot)) + delta;
                }
            }

            AssertMatchesModel(state, model);
        }
    }

    private static void AssertMatchesModel(InventoryState state, Dictionary<(string Sku, string Bin, string Lot), long> model)
    {
        foreach (var sku in new[] { "SKU-100", "MILK" })
        {
            var stock = state.Stock.Of(sku);
            var expected = model.Where(entry => entry.Key.Sku == sku && entry.Value != 0)
                .ToDictionary(entry => StockSlot.At(new LocationAddress(Main, entry.Key.Bin), entry.Key.Lot), entry => entry.Value);
            Assert.Equal(expected, stock.Slots.ToDictionary());
            Assert.All(stock.Slots.Values, units => Assert.True(units > 0));
            Assert.Equal(stock.OnHand, stock.Slots.Values.Sum());
            Assert.Equal(stock.OnHand, stock.Locations.Values.Sum());
        }

        foreach (var bin in Bins)
        {
            var address = new LocationAddress(Main, bin);
            Assert.Equal(state.Stock.Skus.Values.Sum(stock => stock.OnHandAt(address)), state.Stock.UnitsAt(address));
        }
    }

    private static (string Bin, long Delta)[] Changes(string bin, long delta, string? other = null, long otherDelta = 0) =>
        other is null ? [(bin, delta)] : [(bin, delta), (other, otherDelta)];

    private static string Pick(SplitMix64 random, string[] choices) => choices[(int)(random.NextUInt64() % (ulong)choices.Length)];

    private static DecisionContext Context() => new(DeciderSpec.DefaultNowUnixMs, new DeterministicIds(seed: 1));
}
