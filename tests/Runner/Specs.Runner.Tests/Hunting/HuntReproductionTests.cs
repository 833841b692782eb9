using Specs.Inventory.Domain;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>The command a finding prints to hunt its original history again.</summary>
public sealed class HuntReproductionTests
{
    [Theory]
    [InlineData("reports/hunt", "./specs.sh hunt --seed 42 --histories 1 --target lmdb")]
    [InlineData("reports/hunt/", "./specs.sh hunt --seed 42 --histories 1 --target lmdb")]
    [InlineData("out/my hunt", "./specs.sh hunt --seed 42 --histories 1 --target lmdb --out 'out/my hunt'")]
    public void It_names_the_report_folder_only_when_it_is_not_the_default(string outDirectory, string expected)
    {
        var options = new HuntOptions(null, null, 1, "lmdb", outDirectory, []);

        Assert.Equal(expected, HuntFinding.ReproductionOf(42, options, "./specs.sh"));
    }

    [Fact]
    public void It_switches_on_the_same_planted_bugs_on_the_same_target()
    {
        var options = new HuntOptions(null, null, 1, "sim", HuntOptions.DefaultOutDirectory, [PlantedBug.HoldNeverExpires, PlantedBug.PickKeepsLocation]);

        Assert.Equal("../specs.sh hunt --seed 7 --histories 1 --target sim --plant hold-never-expires,pick-keeps-location", HuntFinding.ReproductionOf(7, options, "../specs.sh"));
    }
}
