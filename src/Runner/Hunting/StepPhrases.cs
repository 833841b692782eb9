using System.Globalization;
using System.Text;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Channels;
using Specs.Inventory.Contracts.Commands.Counts;
using Specs.Inventory.Contracts.Commands.Holds;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Commands.Purchasing;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Commands.Transfers;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Channels;
using Specs.Inventory.Contracts.Events.Holds;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.Picking;
using Specs.Inventory.Contracts.Events.Lots;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Events.Shipping;
using Specs.Inventory.Contracts.Events.Transfers;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.Hunting;

/// <summary>
/// THE one place where the hunter turns contracts into the corpus's step phrases (specs/Steps): a past event
/// into a Given, a command into the When. Every phrase here must match a step definition in specs/Steps
/// word for word, and records the same contract the hunt did in every field (an arm's pattern states exactly
/// the contracts its step would record or submit; anything else falls through to the generic form).
/// </summary>
/// <remarks>
/// <para>Business-language phrases cover: 1 catalog, 2 kits (definitions, assembly), 3 warehouses and locations,
/// 4 the ledger (plain, lot and serial units), 5 purchasing (one-line orders and receipts, closing, cancelling),
/// 6 sales (one-line syncs, status, cancelling), 7 holds and allocation, 8 picklists (planned, given to a picker,
/// picked, shorted, completed), 9 packing checks, put-backs, shipping and taking back, 10 transfers (planned,
/// shipped, received, closed), 11 starting a count, 12 lots and serials, 13 channels (connecting, pushing), 14 reference data, and the clock (ClockSteps).</para>
/// <para>Areas 8-10 need the scenario's memory (<see cref="PhraseMemory"/>, FulfilmentContext's): the hunter
/// renames the case's picklists and transfers to the ids the steps derive for "P-1", "T-1" in the scenario it writes
/// (<see cref="ServerNames"/>), names a sale by its external id when the steps resolve that name to the sale's id
/// (<c>SaleIds.Of</c> of the channel an earlier phrased Given imported it from, else SHOP), and states a past pick
/// only when its step would release exactly the Pending the hunt's did (R-8.9).</para>
/// <para>What keeps the generic JSON form of specs/Steps/Hunting/HuntSteps.cs (<c>Given the event X was recorded on
/// "stream":</c>, <c>When the command X is submitted:</c>): the counts' later steps (area 11: CountBook derives a
/// count's id from its label, not from the scenario, and the hunt's come from the id port: not yet renamed);
/// transfer items with serials; a sale no earlier phrased Given imported from a channel other than SHOP, or a pick whose
/// release the steps would compute otherwise (its sale's import was shrunk away); serial picks and put-backs, past
/// put-backs and shipments (their steps compute what the line's picks released and shipped); events a corpus Given
/// can only state with memory of earlier Givens (releases, expiries of holds, receipts, cancellations); and the shapes
/// no step writes (several lines, notes with expiries, sync rules).</para>
/// </remarks>
internal static class StepPhrases
{
    /// <summary>The Then the found scenarios end with (HuntSteps).</summary>
    public const string InvariantsHold = "the inventory invariants hold";

    /// <summary>How the rows of a table follow its step line in a found scenario.</summary>
    private const string TableIndent = "      ";

    /// <summary>
    /// The corpus's Given for a past event recorded at <paramref name="atUnixMs"/> (the clock the scenario sets before
    /// it, which the steps stamp into their events), or null when the corpus has none for it (use <see cref="Generic"/>).
    /// </summary>
    public static string? Given(IEventContract payload, long atUnixMs, PhraseMemory? memory = null)
    {
        var phrase = Plain(payload, atUnixMs) ?? (memory is null ? null : Fulfilment(payload, memory));
        if (phrase is not null && payload is SaleImported imported)
        {
            memory?.Imported(imported);
        }

        return phrase;
    }

    /// <summary>The corpus's When for a command, or null when the corpus has none for it (use <see cref="Generic"/>).</summary>
    public static string? When(ICommandContract command, PhraseMemory? memory = null) =>
        Plain(command) ?? (memory is null ? null : Fulfilment(command, memory));

    /// <summary>The Givens that need no memory of earlier Givens.</summary>
    private static string? Plain(IEventContract payload, long atUnixMs) => payload switch
    {
        ReasonCreated { Description: null } created => $"a reason {Quote(created.Name)} exists",
        SupplierCreated { Contact: null } created => $"a supplier {Quote(created.Name)} exists",
        ChannelCreated created => $"a channel {Quote(created.Name)} exists",
        ReferenceDeactivated deactivated => $"the {deactivated.Kind.ToString().ToLowerInvariant()} {Quote(deactivated.Name)} was deactivated",
        ProductCreated { Tracking: TrackingMode.None, Description: null } created when created.Name == $"Product {created.Sku}" => $"the product {Quote(created.Sku)} exists",
        ProductCreated { Description: null } created when created.Name == $"Product {created.Sku}" =>
            $"the product {Quote(created.Sku)} tracked by {created.Tracking.ToString().ToLowerInvariant()} exists",
        AlternateSkuAdded added => $"the product {Quote(added.Sku)} is also known as {Quote(added.AlternateSku)}",
        ProductDeactivated deactivated => $"the product {Quote(deactivated.Sku)} has been deactivated",
        WarehouseCreated created when created.Name == $"Warehouse {created.Code}" => $"the warehouse {Quote(created.Code)} exists",
        LocationCreated created when created.Sellable == SellableByDefault(created.Type) =>
            $"a {TypeWord(created.Type)} location {Quote(created.Location)} in {Quote(created.Warehouse)}",
        LocationLocked locked => $"the location {Quote(locked.Location)} of {Quote(locked.Warehouse)} is locked",
        LocationDeleted deleted => $"the location {Quote(deleted.Location)} of {Quote(deleted.Warehouse)} was deleted",
        QuantityAdded { Lot: null, Serials.Count: 0, Reason: HuntVocabulary.Received } added =>
            $"{Units(added.Quantity)} of {Quote(added.Sku)} {Is(added.Quantity)} on hand in {Quote(added.Location)} of {Quote(added.Warehouse)}",
        QuantityAdded { Lot: { } lot, Serials.Count: 0, Reason: HuntVocabulary.Received } added =>
            $"{Units(added.Quantity)} of lot {Quote(lot)} of {Quote(added.Sku)} {Is(added.Quantity)} on hand in {Quote(added.Location)} of {Quote(added.Warehouse)}",
        QuantityAdded { Lot: null, Serials.Count: > 0, Reason: HuntVocabulary.Received } added when added.Quantity == added.Serials.Count && Listable(added.Serials) =>
            $"the serials {Quote(List(added.Serials))} of {Quote(added.Sku)} are on hand in {Quote(added.Location)} of {Quote(added.Warehouse)}",
        ItemMoved { Lot: null, Serials.Count: 0 } moved =>
            $"{Units(moved.Quantity)} of {Quote(moved.Sku)} {Was(moved.Quantity)} moved from {Quote(moved.FromLocation)} to {Quote(moved.ToLocation)} of {Quote(moved.Warehouse)}",
        QuantityRemoved { Lot: null, Serials.Count: 0 } removed =>
            $"the merchant removed {Units(removed.Quantity)} of {Quote(removed.Sku)} from {Quote(removed.Location)} of {Quote(removed.Warehouse)} because {Quote(removed.Reason)}",
        KitCreated { Lines.Count: > 0 } created => $"the kit {Quote(created.Sku)} is made of:" + KitTable(created.Lines),
        HoldCreated { Note: null, ExpiresAtUnixMs: null } created when created.CreatedAtUnixMs == atUnixMs =>
            $"{Units(created.Quantity)} of {Quote(created.Sku)} {Is(created.Quantity)} held as {Quote(created.HoldId)}",
        HoldCreated { Note: null, ExpiresAtUnixMs: { } expires } created when created.CreatedAtUnixMs == atUnixMs =>
            $"{Units(created.Quantity)} of {Quote(created.Sku)} {Is(created.Quantity)} held as {Quote(created.HoldId)} until {Instant(expires)}",
        PurchaseOrderCreated { Lines: [var line], ExpectedAtUnixMs: null } created when created.CreatedAtUnixMs == atUnixMs =>
            $"the purchase order {Quote(created.PurchaseOrder)} from {Quote(created.Supplier)} for {Quote(created.Warehouse)} orders {Units(line.Quantity)} of {Quote(line.Sku)} at {Number(line.UnitCostMinor)}",
        SaleImported { Lines: [var line], PendingLines: [var pending], Status: SaleStatus.Open, Priority: SalePriority.Normal } imported
            when imported.OrderedAtUnixMs == atUnixMs && pending.Sku == line.Sku && pending.Quantity == line.Quantity =>
            $"the sale {Quote(imported.ExternalId)} from {Quote(imported.Channel)} was imported with {Units(line.Quantity)} of {Quote(line.Sku)}",
        LotRegistered { ExpiresAtUnixMs: null } registered => $"the lot {Quote(registered.Lot)} of {Quote(registered.Sku)} is registered without an expiry",
        LotRegistered { ExpiresAtUnixMs: { } expires } registered => $"the lot {Quote(registered.Lot)} of {Quote(registered.Sku)} is registered to expire at {Instant(expires)}",
        LotExpired expired when expired.ExpiredAtUnixMs == atUnixMs => $"the lot {Quote(expired.Lot)} of {Quote(expired.Sku)} was expired by hand",
        SerialRegistered registered when Listable([registered.Serial]) => $"the serial {Quote(registered.Serial)} of {Quote(registered.Sku)} is registered",
        ChannelConnected connected => $"the channel {Quote(connected.Channel)} is connected for quantity sync",
        ChannelQuantityPushed { PreviousQuantity: null } pushed when pushed.Available == pushed.Quantity =>
            $"{Units(pushed.Quantity)} of {Quote(pushed.Sku)} {Was(pushed.Quantity)} last pushed to the channel {Quote(pushed.Channel)}",
        _ => null, // no corpus Given states this event in full: the generic form
    };

    /// <summary>The Whens that need no memory of the scenario's Givens.</summary>
    private static string? Plain(ICommandContract command) => command switch
    {
        CreateReason { Description: null } create => $"the merchant creates the reason {Quote(create.Name)}",
        CreateSupplier { Contact: null } create => $"the merchant creates the supplier {Quote(create.Name)}",
        CreateChannel create => $"the merchant creates the channel {Quote(create.Name)}",
        DeactivateReference deactivate => $"the merchant deactivates the {deactivate.Kind.ToString().ToLowerInvariant()} {Quote(deactivate.Name)}",
        CreateProduct { Tracking: TrackingMode.None, Description: null } create => $"the merchant creates the product {Quote(create.Sku)} named {Quote(create.Name)}",
        CreateProduct { Description: null } create =>
            $"the merchant creates the product {Quote(create.Sku)} named {Quote(create.Name)} tracked by {create.Tracking.ToString().ToLowerInvariant()}",
        AddAlternateSku add => $"the merchant gives {Quote(add.Sku)} the alternate SKU {Quote(add.AlternateSku)}",
        DeactivateProduct deactivate => $"the merchant deactivates {Quote(deactivate.Sku)}",
        SetTracking set => $"the merchant tracks {Quote(set.Sku)} by {set.Tracking.ToString().ToLowerInvariant()}",
        CreateWarehouse create => $"the merchant creates the warehouse {Quote(create.Code)} named {Quote(create.Name)}",
        CreateLocation { Sellable: null } create => $"the merchant creates the {TypeWord(create.Type)} location {Quote(create.Location)} in {Quote(create.Warehouse)}",
        CreateLocation { Sellable: { } sellable } create =>
            $"the merchant creates the {TypeWord(create.Type)} location {Quote(create.Location)} in {Quote(create.Warehouse)} as {(sellable ? "sellable" : "not sellable")}",
        LockLocation lockIt => $"the merchant locks the location {Quote(lockIt.Location)} of {Quote(lockIt.Warehouse)}",
        UnlockLocation unlock => $"the merchant unlocks the location {Quote(unlock.Location)} of {Quote(unlock.Warehouse)}",
        DeleteLocation delete => $"the merchant deletes the location {Quote(delete.Location)} of {Quote(delete.Warehouse)}",
        SetSellable set => $"the merchant marks the location {Quote(set.Location)} of {Quote(set.Warehouse)} as {(set.Sellable ? "sellable" : "not sellable")}",
        AddItem add => Goods(add.Quantity, add.Sku, add.Lot, add.Serials) is { } goods
            ? $"the merchant adds {goods} to {Quote(add.Location)} of {Quote(add.Warehouse)} because {Quote(add.Reason)}"
            : null,
        RemoveItem remove => Goods(remove.Quantity, remove.Sku, remove.Lot, remove.Serials) is { } goods
            ? $"the merchant removes {goods} from {Quote(remove.Location)} of {Quote(remove.Warehouse)} because {Quote(remove.Reason)}"
            : null,
        MoveItem move => Goods(move.Quantity, move.Sku, move.Lot, move.Serials) is { } goods
            ? $"the merchant moves {goods} from {Quote(move.FromLocation)} to {Quote(move.ToLocation)} of {Quote(move.Warehouse)}"
            : null,
        SetItemQuantity count => Goods(count.Quantity, count.Sku, count.Lot, count.Serials) is { } goods
            ? $"the merchant counts {goods} in {Quote(count.Location)} of {Quote(count.Warehouse)} because {Quote(count.Reason)}"
            : null,
        CreateKit { Lines.Count: > 0 } create => $"the merchant defines the kit {Quote(create.Sku)} as:" + KitTable(create.Lines),
        CreateKit create => $"the merchant defines the kit {Quote(create.Sku)} with no lines",
        UpdateKitLines { Lines.Count: > 0 } update => $"the merchant changes the lines of the kit {Quote(update.Sku)} to:" + KitTable(update.Lines),
        UpdateKitLines update => $"the merchant changes the lines of the kit {Quote(update.Sku)} to none",
        AssembleKit assemble => $"the merchant assembles {Number(assemble.Quantity)} {Kits(assemble.Quantity)} of {Quote(assemble.Sku)} in {Quote(assemble.Location)} of {Quote(assemble.Warehouse)}",
        DisassembleKit disassemble =>
            $"the merchant disassembles {Number(disassemble.Quantity)} {Kits(disassemble.Quantity)} of {Quote(disassemble.Sku)} in {Quote(disassemble.Location)} of {Quote(disassemble.Warehouse)}",
        CreatePurchaseOrder { Lines: [var line], ExpectedAtUnixMs: null } create =>
            $"the merchant places the purchase order {Quote(create.PurchaseOrder)} with {Quote(create.Supplier)} for {Quote(create.Warehouse)} for {Units(line.Quantity)} of {Quote(line.Sku)} at {Number(line.UnitCostMinor)}",
        CreatePurchaseOrder { Lines.Count: 0, ExpectedAtUnixMs: null } create =>
            $"the merchant places the purchase order {Quote(create.PurchaseOrder)} with {Quote(create.Supplier)} for {Quote(create.Warehouse)} with no lines",
        ReceiveItems { Lines: [{ Lot: null, ExpiresAtUnixMs: null, Serials.Count: 0 } line] } receive =>
            $"receipt {Quote(receive.ReceiptId)} of the purchase order {Quote(receive.PurchaseOrder)} brings {Units(line.Quantity)} of {Quote(line.Sku)} into {Quote(receive.Location)} of {Quote(receive.Warehouse)}",
        ClosePurchaseOrder close => $"the merchant closes the purchase order {Quote(close.PurchaseOrder)}",
        CancelPurchaseOrder cancel => $"the merchant cancels the purchase order {Quote(cancel.PurchaseOrder)}",
        SyncSale { Lines: [var line], Status: SaleStatus.Open, Priority: SalePriority.Normal, OrderedAtUnixMs: null } sync =>
            $"{Quote(sync.Channel)} syncs the sale {Quote(sync.ExternalId)} with {Units(line.Quantity)} of {Quote(line.Sku)}",
        SyncSale { Lines: [var line], Priority: SalePriority.Normal, OrderedAtUnixMs: null } sync =>
            $"{Quote(sync.Channel)} syncs the sale {Quote(sync.ExternalId)} as {StatusWords(sync.Status)} with {Units(line.Quantity)} of {Quote(line.Sku)}",
        UpdateSaleStatus update => $"the merchant sets the status of the sale {Quote(update.ExternalId)} from {Quote(update.Channel)} to {StatusWords(update.Status)}",
        CancelSale cancel => $"the merchant cancels the sale {Quote(cancel.ExternalId)} from {Quote(cancel.Channel)}",
        CreateHold { Note: null, ExpiresAtUnixMs: null } hold => $"the merchant holds {Units(hold.Quantity)} of {Quote(hold.Sku)} as {Quote(hold.HoldId)}",
        CreateHold { Note: null, ExpiresAtUnixMs: { } expires } hold =>
            $"the merchant holds {Units(hold.Quantity)} of {Quote(hold.Sku)} as {Quote(hold.HoldId)} until {Instant(expires)}",
        CreateHold { Note: { } note, ExpiresAtUnixMs: null } hold => $"the merchant holds {Units(hold.Quantity)} of {Quote(hold.Sku)} as {Quote(hold.HoldId)} for {Quote(note)}",
        ReleaseHold release => $"the merchant releases the hold {Quote(release.HoldId)}",
        AllocateSale allocate => $"the merchant allocates the sale {Quote(allocate.ExternalId)} from {Quote(allocate.Channel)}",
        DeallocateSale deallocate => $"the merchant deallocates the sale {Quote(deallocate.ExternalId)} from {Quote(deallocate.Channel)}",
        StartCount { Locations.Count: 0 } start => $"the merchant starts a cycle count of no location in {Quote(start.Warehouse)} because {Quote(start.Reason)}",
        StartCount start when Listable(start.Locations) =>
            $"the merchant starts a cycle count of {Quote(List(start.Locations))} in {Quote(start.Warehouse)} because {Quote(start.Reason)}",
        RegisterLot { ExpiresAtUnixMs: null } register => $"the merchant registers the lot {Quote(register.Lot)} of {Quote(register.Sku)} without an expiry",
        RegisterLot { ExpiresAtUnixMs: { } expires } register =>
            $"the merchant registers the lot {Quote(register.Lot)} of {Quote(register.Sku)} to expire at {Instant(expires)}",
        ExpireLot expire => $"the merchant expires the lot {Quote(expire.Lot)} of {Quote(expire.Sku)}",
        RegisterSerial register => $"the merchant registers the serial {Quote(register.Serial)} of {Quote(register.Sku)}",
        MoveSerial move => $"the merchant moves the serial {Quote(move.Serial)} of {Quote(move.Sku)} to {Quote(move.ToLocation)} of {Quote(move.Warehouse)}",
        ConnectChannel connect => $"the merchant connects the channel {Quote(connect.Channel)} for quantity sync",
        PushQuantities { Skus.Count: 0 } push => $"the sync job pushes quantities to the channel {Quote(push.Channel)}",
        PushQuantities { Skus: [var sku] } push => $"the sync job pushes the quantities of {Quote(sku)} to the channel {Quote(push.Channel)}",
        _ => null, // no corpus When submits this command as it is: the generic form
    };

    /// <summary>
    /// Area 8's Givens (PickingSteps), for picklists the case names (<see cref="ServerNames"/>) and sales the steps
    /// resolve by external id; a past pick only when its step would release exactly what the hunt's did (R-8.9) from the
    /// warehouse a phrased Given created the picklist in.
    /// </summary>
    private static string? Fulfilment(IEventContract payload, PhraseMemory memory)
    {
        switch (payload)
        {
            case PicklistCreated created when memory.Picklist(created.PicklistId) is { } picklist && created.Lines.Count > 0 && PicklistLines(created.Lines, memory) is { } lines:
                memory.PicklistCreated(created.PicklistId, created.Warehouse);
                return created.Lines is [var line]
                    ? $"a picklist {Quote(picklist)} in {Quote(created.Warehouse)} lists {Units(line.Quantity)} of {Quote(line.Sku)} {ForSale(line.SaleId, memory)}"
                    : $"a picklist {Quote(picklist)} in {Quote(created.Warehouse)} lists:" + lines;
            case PicklistAssigned { PreviousPicker: null } assigned when memory.Picklist(assigned.PicklistId) is { } picklist && Codable(assigned.Picker):
                return $"the picklist {Quote(picklist)} was given to {Quote(assigned.Picker)}";
            case ItemPicked { Serials.Count: 0 } picked when memory.Picklist(picked.PicklistId) is { } picklist && memory.WarehouseOf(picked.PicklistId) == picked.Warehouse
                && memory.WouldRelease(picked.SaleId, picked.Sku, picked.Quantity) == picked.PendingReleased
                && (picked.SaleId is null ? picked.Lot is null : memory.Sale(picked.SaleId.Value) is not null):
                var phrase = (picked.SaleId, picked.Lot) switch
                {
                    (null, _) => $"{Units(picked.Quantity)} of {Quote(picked.Sku)} for no sale {Was(picked.Quantity)} picked on picklist {Quote(picklist)} from {Quote(picked.Location)}",
                    ({ } sale, null) => $"{Units(picked.Quantity)} of {Quote(picked.Sku)} for sale {Quote(memory.Sale(sale)!)} {Was(picked.Quantity)} picked on picklist {Quote(picklist)} from {Quote(picked.Location)}",
                    ({ } sale, { } lot) => $"{Units(picked.Quantity)} of {Quote(picked.Sku)} in lot {Quote(lot)} for sale {Quote(memory.Sale(sale)!)} {Was(picked.Quantity)} picked on picklist {Quote(picklist)} from {Quote(picked.Location)}",
                };
                memory.Picked(picked.SaleId, picked.Sku, picked.Quantity);
                return phrase;
            case PickShorted { SaleId: { } sale } shorted when memory.Picklist(shorted.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName:
                return $"{Units(shorted.Quantity)} of {Quote(shorted.Sku)} for sale {Quote(saleName)} {Was(shorted.Quantity)} shorted on picklist {Quote(picklist)}";
            case PicklistCompleted completed when memory.Picklist(completed.PicklistId) is { } picklist:
                return $"the picklist {Quote(picklist)} was completed";
            case ItemPassedCheck { SaleId: { } sale } passed when memory.Picklist(passed.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName:
                return $"{Units(passed.Quantity)} of {Quote(passed.Sku)} for sale {Quote(saleName)} passed the check on picklist {Quote(picklist)}";
            case ItemFailedCheck { SaleId: { } sale, Note: null } failed when memory.Picklist(failed.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName:
                return $"{Units(failed.Quantity)} of {Quote(failed.Sku)} for sale {Quote(saleName)} failed the check on picklist {Quote(picklist)}";
            case TransferCreated { Lines.Count: > 0 } created when memory.Transfer(created.TransferId) is { } transfer && created.Lines.All(line => Codable(line.Sku)):
                memory.TransferCreated(created.TransferId, created.FromWarehouse, created.ToWarehouse);
                return created.Lines is [var planned]
                    ? $"a transfer {Quote(transfer)} from {Quote(created.FromWarehouse)} to {Quote(created.ToWarehouse)} plans {Units(planned.Quantity)} of {Quote(planned.Sku)}"
                    : $"a transfer {Quote(transfer)} from {Quote(created.FromWarehouse)} to {Quote(created.ToWarehouse)} plans:" + TransferLines(created.Lines);
            case TransferShipped { Items.Count: > 0 } shipped when memory.Transfer(shipped.TransferId) is { } transfer && memory.WarehousesOf(shipped.TransferId) == (shipped.FromWarehouse, shipped.ToWarehouse)
                && TransferItems(shipped.Items) is { } items:
                return shipped.Items is [{ Lot: null } shippedItem]
                    ? $"the transfer {Quote(transfer)} shipped {Units(shippedItem.Quantity)} of {Quote(shippedItem.Sku)} from {Quote(shippedItem.Location)}"
                    : $"the transfer {Quote(transfer)} shipped:" + items;
            case TransferReceived { Items: [{ Lot: null, Serials.Count: 0 } receivedItem] } received when memory.Transfer(received.TransferId) is { } transfer
                && memory.WarehousesOf(received.TransferId)?.To == received.ToWarehouse:
                return $"the transfer {Quote(transfer)} received {Units(receivedItem.Quantity)} of {Quote(receivedItem.Sku)} into {Quote(receivedItem.Location)}";
            case TransferClosed closed when memory.Transfer(closed.TransferId) is { } transfer:
                return $"the transfer {Quote(transfer)} was closed";
            default:
                return null;
        }
    }

    /// <summary>Area 8's Whens (PickingSteps), for picklists the case names and sales the steps resolve by external id.</summary>
    private static string? Fulfilment(ICommandContract command, PhraseMemory memory) => command switch
    {
        CreatePicklist { Lines.Count: 0 } create => $"the merchant plans a picklist in {Quote(create.Warehouse)} with no lines",
        CreatePicklist create when PicklistLines(create.Lines, memory) is { } lines => $"the merchant plans a picklist in {Quote(create.Warehouse)}:" + lines,
        AssignPicklist assign when memory.Picklist(assign.PicklistId) is { } picklist && Codable(assign.Picker) =>
            $"the picklist {Quote(picklist)} is given to {Quote(assign.Picker)}",
        PickItem { Serials.Count: 0, SaleId: null, Lot: null, Location: { } location } pick when memory.Picklist(pick.PicklistId) is { } picklist =>
            $"the picker picks {Units(pick.Quantity)} of {Quote(pick.Sku)} for no sale on picklist {Quote(picklist)} from {Quote(location)}",
        PickItem { Serials.Count: 0, SaleId: { } sale, Lot: null, Location: { } location } pick when memory.Picklist(pick.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName =>
            $"the picker picks {Units(pick.Quantity)} of {Quote(pick.Sku)} for sale {Quote(saleName)} on picklist {Quote(picklist)} from {Quote(location)}",
        PickItem { Serials.Count: 0, SaleId: { } sale, Lot: { } lot, Location: { } location } pick when memory.Picklist(pick.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName =>
            $"the picker picks {Units(pick.Quantity)} of {Quote(pick.Sku)} in lot {Quote(lot)} for sale {Quote(saleName)} on picklist {Quote(picklist)} from {Quote(location)}",
        PickItem { Serials.Count: 0, SaleId: { } sale, Lot: null, Location: null } pick when memory.Picklist(pick.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName =>
            $"the picker picks {Units(pick.Quantity)} of {Quote(pick.Sku)} for sale {Quote(saleName)} on picklist {Quote(picklist)} without naming a location",
        ShortPick { SaleId: { } sale } shortPick when memory.Picklist(shortPick.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName =>
            $"the picker shorts {Units(shortPick.Quantity)} of {Quote(shortPick.Sku)} for sale {Quote(saleName)} on picklist {Quote(picklist)}",
        CompletePicklist complete when memory.Picklist(complete.PicklistId) is { } picklist => $"the picker completes the picklist {Quote(picklist)}",
        ScanItem { SaleId: { } sale, Passed: true, Note: null } scan when memory.Picklist(scan.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName =>
            $"the packer passes {Units(scan.Quantity)} of {Quote(scan.Sku)} for sale {Quote(saleName)} on picklist {Quote(picklist)}",
        ScanItem { SaleId: { } sale, Passed: false, Note: null } scan when memory.Picklist(scan.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName =>
            $"the packer fails {Units(scan.Quantity)} of {Quote(scan.Sku)} for sale {Quote(saleName)} on picklist {Quote(picklist)}",
        ScanItem { SaleId: { } sale, Passed: false, Note: { } note } scan when memory.Picklist(scan.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName && Quotable(note) =>
            $"the packer fails {Units(scan.Quantity)} of {Quote(scan.Sku)} for sale {Quote(saleName)} on picklist {Quote(picklist)} noting {Quote(note)}",
        UnpickItem { Serials.Count: 0, SaleId: null, Lot: null } unpick when memory.Picklist(unpick.PicklistId) is { } picklist =>
            $"the packer puts back {Units(unpick.Quantity)} of {Quote(unpick.Sku)} for no sale from picklist {Quote(picklist)} into {Quote(unpick.Location)}",
        UnpickItem { Serials.Count: 0, SaleId: { } sale, Lot: null } unpick when memory.Picklist(unpick.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName =>
            $"the packer puts back {Units(unpick.Quantity)} of {Quote(unpick.Sku)} for sale {Quote(saleName)} from picklist {Quote(picklist)} into {Quote(unpick.Location)}",
        UnpickItem { Serials.Count: 0, SaleId: { } sale, Lot: { } lot } unpick when memory.Picklist(unpick.PicklistId) is { } picklist && memory.Sale(sale) is { } saleName =>
            $"the packer puts back {Units(unpick.Quantity)} of {Quote(unpick.Sku)} in lot {Quote(lot)} for sale {Quote(saleName)} from picklist {Quote(picklist)} into {Quote(unpick.Location)}",
        ShipSale { Carrier: null } ship when memory.Sale(ship.SaleId) is { } saleName && Quotable(ship.TrackingNumber) =>
            $"sale {Quote(saleName)} is shipped with tracking number {Quote(ship.TrackingNumber)}",
        ShipSale { Carrier: { } carrier } ship when memory.Sale(ship.SaleId) is { } saleName && Quotable(ship.TrackingNumber) && Quotable(carrier) =>
            $"sale {Quote(saleName)} is shipped with tracking number {Quote(ship.TrackingNumber)} by {Quote(carrier)}",
        ReturnToStock { Serials.Count: 0, Lot: null } takeBack when memory.Sale(takeBack.SaleId) is { } saleName =>
            $"the merchant takes back {Units(takeBack.Quantity)} of {Quote(takeBack.Sku)} of sale {Quote(saleName)} into {Quote(takeBack.Location)} of {Quote(takeBack.Warehouse)} because {Quote(takeBack.Reason)}",
        CreateTransfer { Lines.Count: 0 } create => $"the merchant plans a transfer from {Quote(create.FromWarehouse)} to {Quote(create.ToWarehouse)} with no lines",
        CreateTransfer create when create.Lines.All(line => Codable(line.Sku)) =>
            $"the merchant plans a transfer from {Quote(create.FromWarehouse)} to {Quote(create.ToWarehouse)}:" + TransferLines(create.Lines),
        ShipTransfer { Items: [{ Lot: null, Serials.Count: 0 } item] } ship when memory.Transfer(ship.TransferId) is { } transfer =>
            $"the transfer {Quote(transfer)} ships {Units(item.Quantity)} of {Quote(item.Sku)} from {Quote(item.Location)}",
        ShipTransfer { Items.Count: > 0 } ship when memory.Transfer(ship.TransferId) is { } transfer && TransferItems(ship.Items) is { } items => $"the transfer {Quote(transfer)} ships:" + items,
        ReceiveTransfer { Items: [{ Lot: null, Serials.Count: 0 } item] } receive when memory.Transfer(receive.TransferId) is { } transfer =>
            $"the transfer {Quote(transfer)} receives {Units(item.Quantity)} of {Quote(item.Sku)} into {Quote(item.Location)}",
        ReceiveTransfer { Items.Count: > 0 } receive when memory.Transfer(receive.TransferId) is { } transfer && TransferItems(receive.Items) is { } items =>
            $"the transfer {Quote(transfer)} receives:" + items,
        _ => null,
    };

    /// <summary>The transfer steps' table of planned lines (sku, quantity).</summary>
    private static string TransferLines(IReadOnlyList<TransferLine> lines)
    {
        var table = new StringBuilder();
        table.Append('\n').Append(TableIndent).Append("| sku | quantity |");
        foreach (var line in lines)
        {
            table.Append('\n').Append(TableIndent).Append($"| {line.Sku} | {Number(line.Quantity)} |");
        }

        return table.ToString();
    }

    /// <summary>
    /// The transfer steps' table of shipped or received items (sku, location, quantity, lot; an empty lot is none), or
    /// null when an item carries serials or a cell can't be written.
    /// </summary>
    private static string? TransferItems(IReadOnlyList<TransferItem> items)
    {
        var table = new StringBuilder();
        table.Append('\n').Append(TableIndent).Append("| sku | location | quantity | lot |");
        foreach (var item in items)
        {
            if (item.Serials.Count > 0 || !Codable(item.Sku) || !Codable(item.Location) || (item.Lot is { } lot && !Codable(lot)))
            {
                return null;
            }

            table.Append('\n').Append(TableIndent).Append($"| {item.Sku} | {item.Location} | {Number(item.Quantity)} | {item.Lot} |");
        }

        return table.ToString();
    }

    /// <summary>"for sale "E1"" or "for no sale" (the sale must be nameable: see <see cref="PicklistLines"/>).</summary>
    private static string ForSale(Guid? sale, PhraseMemory memory) => sale is { } id ? $"for sale {Quote(memory.Sale(id)!)}" : "for no sale";

    /// <summary>The picking steps' table of picklist lines (sku, quantity, sale; empty for no sale), or null when a sale has no name or a cell can't be written.</summary>
    private static string? PicklistLines(IReadOnlyList<PicklistLine> lines, PhraseMemory memory)
    {
        var table = new StringBuilder();
        table.Append('\n').Append(TableIndent).Append("| sku | quantity | sale |");
        foreach (var line in lines)
        {
            var sale = line.SaleId is { } id ? memory.Sale(id) : "";
            if (sale is null || !Codable(line.Sku))
            {
                return null;
            }

            table.Append('\n').Append(TableIndent).Append($"| {line.Sku} | {Number(line.Quantity)} | {sale} |");
        }

        return table.ToString();
    }

    /// <summary>Text a step's quoted argument carries as it is: no double quote.</summary>
    private static bool Quotable(string text) => !text.Contains('"', StringComparison.Ordinal);

    /// <summary>A code a step's quoted argument or table cell states as it is: not blank, untrimmed, no quote or bar.</summary>
    private static bool Codable(string code) =>
        code.Length > 0 && code.Trim().Length == code.Length && !code.Contains('"', StringComparison.Ordinal) && !code.Contains('|', StringComparison.Ordinal);

    /// <summary>"Given the clock reads T" / "When the clock advances to T" (ClockSteps), to the second or millisecond as needed.</summary>
    public static string Instant(long unixMs)
    {
        var instant = DateTimeOffset.FromUnixTimeMilliseconds(unixMs);
        return instant.Millisecond == 0
            ? instant.ToString(instant.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The generic form (HuntSteps) for a contract without a corpus phrase: the step line (ending in a colon) and
    /// the contract's fields as one line of JSON for the doc string.
    /// </summary>
    public static (string Line, string Json) Generic(IContract contract, string? stream) => contract switch
    {
        IEventContract => ($"the event {contract.GetType().Name} was recorded on {Quote(stream ?? "")}:", ContractText.Write(contract)),
        _ => ($"the command {contract.GetType().Name} is submitted:", ContractText.Write(contract)),
    };

    private static string Quote(string text) => "\"" + text + "\"";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Units(long quantity) => quantity == 1 ? "1 unit" : $"{Number(quantity)} units";

    private static string Kits(long quantity) => quantity == 1 ? "kit" : "kits";

    private static string Is(long quantity) => quantity == 1 ? "is" : "are";

    private static string Was(long quantity) => quantity == 1 ? "was" : "were";

    private static string TypeWord(LocationType type) => type.ToString().ToLowerInvariant();

    /// <summary>A sale status in TradeWords' words.</summary>
    private static string StatusWords(SaleStatus status) => status switch
    {
        SaleStatus.AwaitingPayment => "awaiting payment",
        SaleStatus.OnHold => "on hold",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Codes the steps read back from "A, B" (split on commas, trimmed, " and " joining): none may be blank or contain those.</summary>
    /// <summary>
    /// The units a ledger command names, as the ledger steps word them: plain, of a lot, or by serial; null for a
    /// lot together with serials (no corpus step states both), which takes the generic form.
    /// </summary>
    private static string? Goods(long quantity, string sku, string? lot, IReadOnlyList<string> serials) => (lot, serials.Count) switch
    {
        (null, 0) => $"{Units(quantity)} of {Quote(sku)}",
        ({ } named, 0) => $"{Units(quantity)} of lot {Quote(named)} of {Quote(sku)}",
        (null, > 0) when Listable(serials) => $"{Units(quantity)} of {Quote(sku)} numbered {Quote(List(serials))}",
        _ => null,
    };

    private static bool Listable(IReadOnlyList<string> codes) =>
        codes.All(code => code.Trim().Length == code.Length && code.Length > 0 && !code.Contains(',', StringComparison.Ordinal) && !code.Contains(" and ", StringComparison.Ordinal));

    private static string List(IReadOnlyList<string> codes) => string.Join(", ", codes);

    /// <summary>The kit vocabulary's table (KitSteps): one row per component, in the contract's order.</summary>
    private static string KitTable(IReadOnlyList<KitLine> lines)
    {
        var table = new StringBuilder();
        table.Append('\n').Append(TableIndent).Append("| component | units |");
        foreach (var line in lines)
        {
            table.Append('\n').Append(TableIndent).Append($"| {line.Sku} | {Number(line.Quantity)} |");
        }

        return table.ToString();
    }

    /// <summary>R-3.2: pick, bulk and dropship are sellable by default; receiving and staging not.</summary>
    private static bool SellableByDefault(LocationType type) => type is LocationType.Pick or LocationType.Bulk or LocationType.Dropship;
}
