using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Domain.Ledger;

namespace Specs.Inventory.Domain.Lots;

/// <summary>
/// The time-driven half of: which lots the clock has carried past their expiry. The command
/// pipeline calls <see cref="Due"/> with the clock's reading (after "advance the clock to T", or on a
/// timer) and records the decisions like any other; the state then no longer lists those lots as due,
/// so asking again at the same time yields nothing.
/// </summary>
public static class LotExpiry
{
    /// <summary>
    /// One decision per lot whose expiry is at or before <paramref name="nowUnixMs"/> and that is not yet
    /// expired, earliest expiry first; each records <see cref="LotExpired"/> at the lot's own expiry time
    /// (not the clock's), so the log says when the lot really stopped being sellable.
    /// </summary>
    /// <remarks>
    /// The pipeline asks after every batch, and almost always nothing is due: that answer comes from the earliest
    /// expiry alone, without walking the set.
    /// </remarks>
    public static IReadOnlyList<Decision> Due(InventoryState state, long nowUnixMs) =>
        NextDueUnixMs(state) is not { } next || next > nowUnixMs
            ? []
            : [.. state.Lots.Due
                .TakeWhile(due => due.ExpiresAtUnixMs <= nowUnixMs)
                .Select(due => Decision.Accept(LedgerRules.StreamOf(due.Sku), new LotExpired { Sku = due.Sku, Lot = due.Lot, ExpiredAtUnixMs = due.ExpiresAtUnixMs }))];

    /// <summary>The next time a lot falls due, so a pipeline knows when to ask again; null when none will.</summary>
    public static long? NextDueUnixMs(InventoryState state) =>
        state.Lots.Due.Count == 0 ? null : state.Lots.Due.Min.ExpiresAtUnixMs;
}
