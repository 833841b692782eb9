using Specs.Inventory.Contracts.Events.Holds;

namespace Specs.Inventory.Domain.Holds;

/// <summary>
/// the time-driven half: which active holds the clock has carried past their expiry. The
/// pipeline calls <see cref="Due"/> whenever its time moves (a caller's "advance the clock to T", or
/// a tick) and records the decisions; an expired hold is no longer due, so it expires once.
/// </summary>
public static class HoldExpiry
{
    /// <summary>One decision per active hold whose expiry is at or before <paramref name="nowUnixMs"/>, earliest first, dated at the hold's own expiry.</summary>
    /// <remarks>
    /// The pipeline asks after every batch, and almost always nothing is due: that answer comes from the earliest
    /// expiry alone, without walking the set.
    /// </remarks>
    public static IReadOnlyList<Decision> Due(InventoryState state, long nowUnixMs) =>
        // PlantedBugs: with HoldNeverExpires on, no hold ever falls due (a seeded bug for the hunter).
        PlantedBugs.IsOn(PlantedBug.HoldNeverExpires) || NextDueUnixMs(state) is not { } next || next > nowUnixMs ? [] : [.. state.Holds.Due
            .TakeWhile(due => due.ExpiresAtUnixMs <= nowUnixMs)
            .Select(due => state.Holds.Find(due.HoldId)!)
            .Select(hold => Decision.Accept(HoldRules.StreamOf(hold.HoldId), new HoldExpired { HoldId = hold.HoldId, Sku = hold.Sku, Quantity = hold.Quantity, ExpiredAtUnixMs = hold.ExpiresAtUnixMs!.Value }))];

    /// <summary>When the next hold falls due, so a pipeline knows when to ask again; null when none will.</summary>
    public static long? NextDueUnixMs(InventoryState state) => state.Holds.Due.Count == 0 ? null : state.Holds.Due.Min.ExpiresAtUnixMs;
}
