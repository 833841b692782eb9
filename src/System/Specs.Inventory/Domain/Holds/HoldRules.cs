using Specs.Inventory.Contracts.Commands.Holds;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Holds;

/// <summary>
/// Area 7, holds. Rules (docs/domain-rules.md): a hold takes units from Available and never more
/// than it has; releasing gives them back, once; a hold expires by itself when the clock
/// reaches its expiry (<see cref="HoldExpiry"/>). Allocation is in <see cref="AllocationRules"/>.
/// </summary>
public static class HoldRules
{
    public const string HeldNeverExceedsAvailable = "R-7.1";
    public const string ReleaseFreesHeld = "R-7.2";
    public const string HoldsExpireByTime = "R-7.3";
    public const string AllocationByPriorityThenDate = "R-7.4";
    public const string DeallocationKeepsPending = "R-7.5";

    public static Decision Decide(CreateHold command, InventoryState state, DecisionContext context)
    {
        var holdId = Codes.Normalize(command.HoldId);
        if (!Codes.IsWellFormedCode(holdId))
        {
            return Decision.Refuse(new InvalidHoldId(holdId, Codes.MaxCodeLength));
        }

        if (state.Holds.Find(holdId) is { } existing)
        {
            return Decision.Refuse(new HoldAlreadyExists(holdId, existing.HoldId));
        }

        if (!CatalogRules.RequireActive(state.Catalog, Codes.Normalize(command.Sku), out var product, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var note = command.Note is null ? null : Codes.Normalize(command.Note);
        DomainError? invalid = StockChecks.Quantity(product.Sku, command.Quantity, 1)
            ?? (command.ExpiresAtUnixMs is { } expires && expires <= context.NowUnixMs ? new HoldExpiryNotInFuture(holdId, expires, context.NowUnixMs) : (DomainError?)null)
            ?? (note is { Length: > Codes.MaxNameLength } ? new HoldNoteTooLong(holdId, note.Length, Codes.MaxNameLength) : (DomainError?)null);
        if (invalid is not null)
        {
            return Decision.Refuse(invalid);
        }

        var available = StockFigures.Of(state, product.Sku).Available;
        if (command.Quantity > available)
        {
            return Decision.Refuse(new HoldExceedsAvailable(holdId, product.Sku, command.Quantity, available));
        }

        return Decision.Accept(StreamOf(holdId), new HoldCreated
        {
            HoldId = holdId,
            Sku = product.Sku,
            Quantity = command.Quantity,
            ExpiresAtUnixMs = command.ExpiresAtUnixMs,
            Note = string.IsNullOrEmpty(note) ? null : note,
            CreatedAtUnixMs = context.NowUnixMs,
        });
    }

    public static Decision Decide(ReleaseHold command, InventoryState state, DecisionContext context)
    {
        var holdId = Codes.Normalize(command.HoldId);
        return state.Holds.Find(holdId) switch
        {
            null => Decision.Refuse(new UnknownHold(holdId)),
            { Status: not HoldStatus.Active } hold => Decision.Accept(StreamOf(hold.HoldId)),
            { } hold => Decision.Accept(StreamOf(hold.HoldId), new HoldReleased { HoldId = hold.HoldId, Sku = hold.Sku, Quantity = hold.Quantity, ReleasedAtUnixMs = context.NowUnixMs }),
        };
    }

    public static InventoryState Evolve(InventoryState state, HoldCreated created) => state with
    {
        Holds = state.Holds.With(new Hold(created.HoldId, created.Sku, created.Quantity, created.ExpiresAtUnixMs, created.Note, HoldStatus.Active)),
        Stock = state.Stock.With(state.Stock.Of(created.Sku).WithCommitted(heldDelta: created.Quantity)),
    };

    public static InventoryState Evolve(InventoryState state, HoldReleased released) => End(state, released.HoldId, HoldStatus.Released);

    public static InventoryState Evolve(InventoryState state, HoldExpired expired) => End(state, expired.HoldId, HoldStatus.Expired);

    /// <summary>The stream of one hold: its id lower-cased, because ids ignore case.</summary>
    public static string StreamOf(string holdId) => $"hold/{holdId.ToLowerInvariant()}";

    private static InventoryState End(InventoryState state, string holdId, HoldStatus status) =>
        state.Holds.Find(holdId) is { Status: HoldStatus.Active } hold
            ? state with
            {
                Holds = state.Holds.With(hold with { Status = status }),
                Stock = state.Stock.With(state.Stock.Of(hold.Sku).WithCommitted(heldDelta: -hold.Quantity)),
            }
            : state;
}
