using System.Diagnostics.CodeAnalysis;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Lots;

/// <summary>
/// Area 12, lots and serials. Rules (docs/domain-rules.md): lots are registered per lot-tracked
/// SKU with a fixed expiry; expired lots are not sellable, by hand or when the clock passes their
/// expiry (<see cref="LotExpiry"/>); a serial is unique per SKU; a serial is in one place
/// at a time; one serial moves within its warehouse.
/// </summary>
public static class LotRules
{
    public const string LotsRegistered = "R-12.1";
    public const string ExpiredLotsNotSellable = "R-12.2";
    public const string SerialsUnique = "R-12.3";
    public const string SerialsInOnePlace = "R-12.4";
    public const string SerialsMoveWithinWarehouse = "R-12.5";

    public static Decision Decide(RegisterLot command, InventoryState state)
    {
        if (!RequireTracked(state, command.Sku, TrackingMode.Lot, LotsRegistered, out var product, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var code = Codes.Normalize(command.Lot);
        if (Codes.Check(CodeKind.Lot, code) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        var stream = LedgerRules.StreamOf(product.Sku);
        return state.Lots.Find(product.Sku, code) switch
        {
            null => Decision.Accept(stream, new LotRegistered { Sku = product.Sku, Lot = code, ExpiresAtUnixMs = command.ExpiresAtUnixMs }),
            { } lot when lot.ExpiresAtUnixMs == command.ExpiresAtUnixMs => Decision.Accept(stream),
            { } lot => Decision.Refuse(new LotAlreadyRegistered(product.Sku, lot.Code, lot.ExpiresAtUnixMs, command.ExpiresAtUnixMs)),
        };
    }

    public static Decision Decide(ExpireLot command, InventoryState state, DecisionContext context)
    {
        if (!CatalogRules.RequireExisting(state.Catalog, command.Sku, out var product, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        var lot = state.Lots.Find(product.Sku, Codes.Normalize(command.Lot));
        return lot switch
        {
            null => Decision.Refuse(new UnknownLot(product.Sku, Codes.Normalize(command.Lot))),
            { Expired: true } => Decision.Accept(LedgerRules.StreamOf(product.Sku)),
            _ => Decision.Accept(LedgerRules.StreamOf(product.Sku), new LotExpired { Sku = product.Sku, Lot = lot.Code, ExpiredAtUnixMs = context.NowUnixMs }),
        };
    }

    public static Decision Decide(RegisterSerial command, InventoryState state)
    {
        if (!RequireTracked(state, command.Sku, TrackingMode.Serial, SerialsUnique, out var product, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var serial = Codes.Normalize(command.Serial);
        if (Codes.Check(CodeKind.Serial, serial) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        return state.Stock.Of(product.Sku).FindSerial(serial) is { } known
            ? Decision.Refuse(new SerialAlreadyRegistered(product.Sku, known.Serial))
            : Decision.Accept(LedgerRules.StreamOf(product.Sku), new SerialRegistered { Sku = product.Sku, Serial = serial });
    }

    public static Decision Decide(MoveSerial command, InventoryState state)
    {
        if (!RequireTracked(state, command.Sku, TrackingMode.Serial, SerialsMoveWithinWarehouse, out var product, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var serial = Codes.Normalize(command.Serial);
        if (state.Stock.Of(product.Sku).FindSerial(serial) is not { Place: SerialPlace.AtLocation, Location: { } from } position)
        {
            return Decision.Refuse(new SerialNotInStock(product.Sku, serial));
        }

        if (!LocationRules.RequireOpen(state.Locations, command.Warehouse, command.ToLocation, out var to, out var closed))
        {
            return Decision.Refuse(closed);
        }

        if (to.Address.Warehouse != from.Warehouse)
        {
            return Decision.Refuse(new SerialInOtherWarehouse(product.Sku, position.Serial, from.Warehouse, to.Address.Warehouse));
        }

        if (to.Address == from)
        {
            return Decision.Accept(LedgerRules.StreamOf(product.Sku));
        }

        return state.Locations.Find(from) is { Locked: true }
            ? Decision.Refuse(new LocationIsLocked(from.Warehouse, from.Location))
            : Decision.Accept(LedgerRules.StreamOf(product.Sku), new SerialMoved
            {
                Sku = product.Sku,
                Serial = position.Serial,
                Warehouse = from.Warehouse,
                FromLocation = from.Location,
                ToLocation = to.Address.Location,
            });
    }

    public static LotsState Evolve(LotsState state, LotRegistered registered) =>
        state.With(new Lot(registered.Sku, registered.Lot, registered.ExpiresAtUnixMs, Expired: false));

    public static LotsState Evolve(LotsState state, LotExpired expired) =>
        state.Find(expired.Sku, expired.Lot) is { } lot ? state.With(lot with { Expired = true }) : state;

    public static StockState Evolve(StockState state, SerialRegistered registered) =>
        state.With(state.Of(registered.Sku).PlaceSerials([registered.Serial], location: null));

    public static StockState Evolve(StockState state, SerialMoved moved)
    {
        var from = StockSlot.At(new LocationAddress(moved.Warehouse, moved.FromLocation));
        var to = StockSlot.At(new LocationAddress(moved.Warehouse, moved.ToLocation));
        var changed = state.Change(moved.Sku, from, -1).Change(moved.Sku, to, +1);
        return changed.With(changed.Of(moved.Sku).PlaceSerials([moved.Serial], to.Address));
    }

    private static bool RequireTracked(InventoryState state, string sku, TrackingMode needed, string rule, [NotNullWhen(true)] out Product? product, [NotNullWhen(false)] out DomainError? refusal)
    {
        if (CatalogRules.RequireActive(state.Catalog, sku, out product, out refusal) && product.Tracking != needed)
        {
            refusal = new TrackingMismatch(product.Sku, product.Tracking, needed, rule);
            product = null;
        }

        return product is not null;
    }
}
