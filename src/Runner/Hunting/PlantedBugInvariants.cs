using Specs.Inventory.Domain;

namespace Specs.Runner.Hunting;

/// <summary>
/// The invariant each planted bug breaks. With bugs planted a hunt is the negative check, and it passes only when it finds
/// a break of a planted bug's invariant: a break of another one is a real defect (or a plant that breaks more than it
/// should), not the planted bug found.
/// </summary>
internal static class PlantedBugInvariants
{
    public static string Of(PlantedBug bug) => bug switch
    {
        PlantedBug.PickKeepsLocation => "explained-by-events",
        PlantedBug.HoldNeverExpires => "holds-expire-on-time",
        PlantedBug.KitIgnoresLastComponent => "kit-availability-by-formula",
        _ => throw new ArgumentOutOfRangeException(nameof(bug), bug, "a planted bug with no invariant named for it"),
    };
}
