using Specs.Inventory.Contracts.Events.Picking;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>
/// The hunt's histories reach picking for a sale: the sale ids its commands cite are the ids of the sales it imports.
/// With ids of no sale, every picklist line citing a sale was refused as unknown, and nothing a sale goes through after
/// it (picks for a sale, checks, shipping, returns) was ever exercised.
/// </summary>
public sealed class SaleFulfilmentReachTests
{
    [Fact]
    public void Within_a_fixed_batch_of_histories_a_picklist_line_for_an_imported_sale_is_recorded()
    {
        var runner = new HistoryRunner(HuntTarget.Named("lmdb"));
        var linesForSales = 0;
        for (ulong seed = 1; seed <= 150 && linesForSales == 0; seed++)
        {
            var outcome = runner.Run(HistoryGenerator.For(seed), seed, checkCommute: false);
            linesForSales += outcome.Executed.SelectMany(step => step.Events)
                .Select(recorded => recorded.Payload).OfType<PicklistCreated>()
                .Sum(created => created.Lines.Count(line => line.SaleId is not null));
        }

        Assert.True(linesForSales > 0, "no picklist line for a sale in 150 histories");
    }
}
