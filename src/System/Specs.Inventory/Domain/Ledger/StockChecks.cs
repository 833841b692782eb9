using System.Diagnostics.CodeAnalysis;
using Specs.Inventory.Contracts;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Lots;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Ledger;

/// <summary>What a stock command asks for, as typed; <see cref="Reason"/> is null for commands that need none (moves).</summary>
public sealed record StockRequest(string Sku, string Warehouse, string Location, long Quantity, long MinimumQuantity, string? Reason, string? Lot, IReadOnlyList<string> Serials);

/// <summary>
/// The checks every command that changes stock at a location shares (ledger, kits, and the areas built on
/// them: receiving, picking, transfers, counts). Each returns null when the command may go on, else the
/// refusal, so a decider reads as a list of rules.
/// </summary>
public static class StockChecks
{
    /// <summary>
    /// Resolves a request into a <see cref="StockLine"/>, checking in this order: the product is active
    /// the location exists and is unlocked, the quantity is in bounds,
    /// the reason is an active reason, the lot fits the tracking, the serials fit the
    /// quantity.
    /// </summary>
    public static bool Resolve(InventoryState state, StockRequest request, [NotNullWhen(true)] out StockLine? line, [NotNullWhen(false)] out DomainError? refusal) =>
        Resolve(state, request, allowLocked: false, out line, out refusal);

    /// <summary>
    /// As <see cref="Resolve(InventoryState, StockRequest, out StockLine?, out DomainError?)"/>; with
    /// <paramref name="allowLocked"/> a locked location is accepted: a cycle count reads a location frozen for it.
    /// </summary>
    public static bool Resolve(InventoryState state, StockRequest request, bool allowLocked, [NotNullWhen(true)] out StockLine? line, [NotNullWhen(false)] out DomainError? refusal)
    {
        ArgumentNullException.ThrowIfNull(request);
        line = null;
        Location? location = null;
        if (!CatalogRules.RequireActive(state.Catalog, request.Sku, out var product, out refusal)
            || !(allowLocked
                ? LocationRules.RequireExisting(state.Locations, request.Warehouse, request.Location, out location, out refusal)
                : LocationRules.RequireOpen(state.Locations, request.Warehouse, request.Location, out location, out refusal)))
        {
            return false;
        }

        var reason = string.Empty;
        var lot = string.Empty;
        IReadOnlyList<string> serials = [];
        refusal = Quantity(product.Sku, request.Quantity, request.MinimumQuantity)
            ?? ReasonOf(state, request.Reason, out reason)
            ?? LotOf(state, product, request.Lot, out lot)
            ?? SerialsOf(state, product, request.Quantity, request.Serials, out serials);
        if (refusal is not null)
        {
            return false;
        }

        line = new StockLine(product, location!, lot, serials, reason);
        return true;
    }

    /// <summary>R-4.3: between <paramref name="minimum"/> (1 for a change, 0 for a count) and <see cref="StockLimits.MaxQuantity"/>.</summary>
    public static DomainError? Quantity(string sku, long quantity, long minimum) =>
        quantity >= minimum && quantity <= StockLimits.MaxQuantity ? null : new InvalidQuantity(sku, quantity, minimum, StockLimits.MaxQuantity);

    /// <summary>R-4.2: the slot holds at least <paramref name="quantity"/> units.</summary>
    public static DomainError? Enough(SkuStock stock, StockSlot slot, long quantity) =>
        stock.OnHandAt(slot) >= quantity ? null : InsufficientStock.At(stock.Sku, slot, quantity, stock.OnHandAt(slot));

    /// <summary>
    /// units arriving at the line's slot (added, received, returned) fit there, and none
    /// of their serials is already on hand somewhere.
    /// </summary>
    public static DomainError? CanArrive(SkuStock stock, StockLine line, long quantity) =>
        SerialsOffHand(stock, line.Serials) ?? Room(stock, line.Slot, quantity);

    /// <summary>R-4.3: the slot has room for <paramref name="adding"/> more units.</summary>
    public static DomainError? Room(SkuStock stock, StockSlot slot, long adding) =>
        stock.OnHandAt(slot) <= StockLimits.MaxQuantity - adding ? null
            : new LocationCapacityExceeded(stock.Sku, slot.Address.Warehouse, slot.Address.Location, stock.OnHandAt(slot), adding, StockLimits.MaxQuantity);

    /// <summary>R-12.4: every serial is on hand at <paramref name="address"/>.</summary>
    public static DomainError? SerialsAt(SkuStock stock, IEnumerable<string> serials, LocationAddress address) =>
        serials.FirstOrDefault(serial => stock.FindSerial(serial)?.IsAt(address) != true) is { } missing
            ? new SerialNotAtLocation(stock.Sku, missing, address.Warehouse, address.Location)
            : null;

    /// <summary>R-12.4: no serial is on hand anywhere but <paramref name="allowedAt"/> (when given), picked or in transit.</summary>
    public static DomainError? SerialsOffHand(SkuStock stock, IEnumerable<string> serials, LocationAddress? allowedAt = null)
    {
        foreach (var serial in serials)
        {
            if (stock.FindSerial(serial) is { Place: SerialPlace.AtLocation, Location: { } at } && at != allowedAt)
            {
                return new SerialAlreadyInStock(stock.Sku, serial, at.Warehouse, at.Location);
            }

            if (stock.FindSerial(serial) is { Place: SerialPlace.Picked or SerialPlace.InTransit } away)
            {
                return new SerialAwayFromLocations(stock.Sku, away.Serial, away.Place);
            }
        }

        return null;
    }

    /// <summary>R-4.1 through: the reason exists and is active; <paramref name="name"/> is its recorded spelling.</summary>
    private static DomainError? ReasonOf(InventoryState state, string? reason, out string name)
    {
        name = string.Empty;
        if (reason is null)
        {
            return null;
        }

        var typed = Codes.Normalize(reason);
        if (ReferenceDataRules.RequireActive(state.ReferenceData, ReferenceKind.Reason, typed) is { } refused)
        {
            return refused;
        }

        name = state.ReferenceData.Find(ReferenceKind.Reason, typed)!.Name;
        return null;
    }

    /// <summary>R-4.5: lot-tracked stock names a registered lot; other stock names none. <paramref name="code"/> is empty for no lot.</summary>
    private static DomainError? LotOf(InventoryState state, Product product, string? lot, out string code)
    {
        code = string.Empty;
        var typed = Codes.Normalize(lot);
        if (product.Tracking != TrackingMode.Lot)
        {
            return typed.Length == 0 ? null : new LotNotExpected(product.Sku, typed);
        }

        if (typed.Length == 0)
        {
            return new LotRequired(product.Sku);
        }

        if (state.Lots.Find(product.Sku, typed) is not { } registered)
        {
            return new UnknownLot(product.Sku, typed);
        }

        code = registered.Code;
        return null;
    }

    /// <summary>R-4.4: as many distinct, well-formed serials as units for serial-tracked SKUs, none otherwise; known serials keep their recorded spelling.</summary>
    private static DomainError? SerialsOf(InventoryState state, Product product, long quantity, IReadOnlyList<string> serials, out IReadOnlyList<string> spelled)
    {
        spelled = [];
        var expected = product.Tracking == TrackingMode.Serial ? quantity : 0;
        if (serials.Count != expected)
        {
            return new SerialCountMismatch(product.Sku, product.Tracking, quantity, serials.Count);
        }

        var stock = state.Stock.Of(product.Sku);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>(serials.Count);
        foreach (var serial in serials.Select(Codes.Normalize))
        {
            if (Codes.Check(CodeKind.Serial, serial) is { } invalid)
            {
                return invalid;
            }

            if (!seen.Add(serial))
            {
                return new DuplicateSerial(product.Sku, serial);
            }

            result.Add(stock.FindSerial(serial)?.Serial ?? serial);
        }

        spelled = result;
        return null;
    }
}
