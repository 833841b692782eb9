using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>
/// The hunt's histories take sales through fulfilment: picklists for the sales they import (the sale ids they cite are
/// those sales'), picks, checks, shipments and returns; and they move serial-numbered units that are on hand. Before,
/// the sale ids were of no sale, field-by-field draws never lined the stages up, and serials came on hand only by
/// chance: in thousands of histories no sale was shipped or returned and no serial moved, so none of those rules met a
/// random history.
/// </summary>
public sealed class SaleFulfilmentReachTests
{
    [Fact]
    public void Within_a_fixed_batch_of_histories_sales_are_picked_for_shipped_and_returned_and_a_serial_is_moved()
    {
        var runner = new HistoryRunner(HuntTarget.Named("lmdb"));
        var recorded = new List<IEventContract>();
        for (ulong seed = 1; seed <= 150; seed++)
        {
            recorded.AddRange(runner.Run(HistoryGenerator.For(seed), seed, checkCommute: false).Executed.SelectMany(step => step.Events).Select(step => step.Payload));
        }

        Assert.Contains(recorded.OfType<PicklistCreated>(), created => created.Lines.Any(line => line.SaleId is not null));
        Assert.Contains(recorded, payload => payload is ItemPicked { SaleId: not null });
        Assert.Contains(recorded, payload => payload is SaleShipped);
        Assert.Contains(recorded, payload => payload is ItemReturned);
        Assert.Contains(recorded, payload => payload is SerialMoved); // a serial on hand, moved where it is
    }

    [Fact]
    public void A_fulfilment_step_with_no_sale_to_take_further_imports_one()
    {
        var world = new HuntWorld(system: null!);

        var command = CommandMaker.Make(new HistoryStep(StepKind.Command, FulfilmentDriver.StepName, -1, 7), world);

        Assert.Equal("SyncSale", command.GetType().Name);
    }
}
