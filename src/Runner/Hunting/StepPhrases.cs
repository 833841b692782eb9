using System.Globalization;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Ledger;
using Specs.Inventory.Contracts.Events.Locations;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.Hunting;

/// <summary>
/// THE one place where the hunter turns contracts into the corpus's step phrases (specs/Steps): a past event
/// into a Given, a command into the When. Every phrase here must match a step definition in specs/Steps
/// word for word, and records the same contract the hunt did in every field an invariant reads.
/// </summary>
/// <remarks>
/// <para>Covered with business-language phrases (the areas with steps on this branch): 1 catalog
/// (CatalogSteps), 3 warehouses and locations (LocationSteps), 4 ledger for untracked units (LedgerSteps),
/// 14 reference data (ReferenceDataSteps), and the clock (ClockSteps).</para>
/// <para>Everything else, areas 2 and 5-13 (kits, purchasing, sales, holds, picking, shipping, transfers,
/// counts, lots and serials, channels) and lot- or serial-carrying ledger contracts, falls back to the
/// generic JSON form of specs/Steps/Hunting/HuntSteps.cs: <c>Given the event X was recorded on "stream":</c>
/// and <c>When the command X is submitted:</c> with the contract's fields as a JSON doc string. That section
/// is isolated in <see cref="Generic"/> and the two "not yet" switches below: when the corpus's phrases
/// for those areas are merged, add their arms to <see cref="Given"/> and <see cref="When"/>.</para>
/// </remarks>
internal static class StepPhrases
{
    /// <summary>The Then the found scenarios end with (HuntSteps).</summary>
    public const string InvariantsHold = "the inventory invariants hold";

    /// <summary>The corpus's Given for a past event, or null when the corpus has none for it (use <see cref="Generic"/>).</summary>
    public static string? Given(IEventContract payload) => payload switch
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
            $"{Units(added.Quantity)} of {Quote(added.Sku)} {(added.Quantity == 1 ? "is" : "are")} on hand in {Quote(added.Location)} of {Quote(added.Warehouse)}",
        ItemMoved { Lot: null, Serials.Count: 0 } moved =>
            $"{Units(moved.Quantity)} of {Quote(moved.Sku)} {(moved.Quantity == 1 ? "was" : "were")} moved from {Quote(moved.FromLocation)} to {Quote(moved.ToLocation)} of {Quote(moved.Warehouse)}",
        QuantityRemoved { Lot: null, Serials.Count: 0 } removed =>
            $"the merchant removed {Units(removed.Quantity)} of {Quote(removed.Sku)} from {Quote(removed.Location)} of {Quote(removed.Warehouse)} because {Quote(removed.Reason)}",
        _ => null, // not yet: areas 2 and 5-13 have no Given phrases on this branch
    };

    /// <summary>The corpus's When for a command, or null when the corpus has none for it (use <see cref="Generic"/>).</summary>
    public static string? When(ICommandContract command) => command switch
    {
        CreateReason { Description: null } create => $"the merchant creates the reason {Quote(create.Name)}",
        CreateSupplier { Contact: null } create => $"the merchant creates the supplier {Quote(create.Name)}",
        CreateChannel create => $"the merchant creates the channel {Quote(create.Name)}",
        DeactivateReference deactivate => $"the merchant deactivates the {deactivate.Kind.ToString().ToLowerInvariant()} {Quote(deactivate.Name)}",
        CreateProduct { Tracking: TrackingMode.None, Description: null } create => $"the merchant creates the product {Quote(create.Sku)} named {Quote(create.Name)}",
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
        AddItem { Lot: null, Serials.Count: 0 } add =>
            $"the merchant adds {Units(add.Quantity)} of {Quote(add.Sku)} to {Quote(add.Location)} of {Quote(add.Warehouse)} because {Quote(add.Reason)}",
        RemoveItem { Lot: null, Serials.Count: 0 } remove =>
            $"the merchant removes {Units(remove.Quantity)} of {Quote(remove.Sku)} from {Quote(remove.Location)} of {Quote(remove.Warehouse)} because {Quote(remove.Reason)}",
        MoveItem { Lot: null, Serials.Count: 0 } move =>
            $"the merchant moves {Units(move.Quantity)} of {Quote(move.Sku)} from {Quote(move.FromLocation)} to {Quote(move.ToLocation)} of {Quote(move.Warehouse)}",
        SetItemQuantity { Lot: null, Serials.Count: 0 } count =>
            $"the merchant counts {Units(count.Quantity)} of {Quote(count.Sku)} in {Quote(count.Location)} of {Quote(count.Warehouse)} because {Quote(count.Reason)}",
        _ => null, // not yet: areas 2 and 5-13 have no When phrases on this branch
    };

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

    private static string Units(long quantity) => quantity == 1 ? "1 unit" : $"{quantity.ToString(CultureInfo.InvariantCulture)} units";

    private static string TypeWord(LocationType type) => type.ToString().ToLowerInvariant();

    /// <summary>R-3.2: pick, bulk and dropship are sellable by default; receiving and staging not.</summary>
    private static bool SellableByDefault(LocationType type) => type is LocationType.Pick or LocationType.Bulk or LocationType.Dropship;
}
