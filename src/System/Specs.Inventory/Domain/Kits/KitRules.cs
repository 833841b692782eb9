using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Domain.Locations;
using Specs.Inventory.Domain.Stock;

namespace Specs.Inventory.Domain.Kits;

/// <summary>
/// Area 2, kits. Rules (docs/domain-rules.md): a kit is defined once, on an active product's SKU;
/// 1-100 lines, distinct components, 1-10,000 units each; components exist, are active and
/// never lead back to the kit; lines change only while no assembled unit is in stock, and an
/// unchanged set records nothing; assembly consumes components at one location and produces kits
/// there; disassembly is the reverse; kit availability (<see cref="KitAvailability"/>).
/// </summary>
public static class KitRules
{
    public const string KitsOnProducts = "R-2.1";
    public const string KitLinesWellFormed = "R-2.2";
    public const string ComponentsValid = "R-2.3";
    public const string LinesFixedWhileAssembled = "R-2.4";
    public const string AssemblyConsumesComponents = "R-2.5";
    public const string DisassemblyReturnsComponents = "R-2.6";
    public const string AvailabilityFromComponents = "R-2.7";

    public const int MaxLines = 100;
    public const long MaxUnitsPerKit = 10_000;

    public static Decision Decide(CreateKit command, InventoryState state)
    {
        if (!CatalogRules.RequireActive(state.Catalog, command.Sku, out var product, out var refused))
        {
            return Decision.Refuse(refused);
        }

        if (state.Kits.Find(product.Sku) is not null)
        {
            return Decision.Refuse(new KitAlreadyDefined(product.Sku));
        }

        return KitLines.Check(state, product.Sku, command.Lines, out var lines) is { } invalid
            ? Decision.Refuse(invalid)
            : Decision.Accept(CatalogRules.StreamOf(product.Sku), new KitCreated { Sku = product.Sku, Lines = ToContract(lines) });
    }

    public static Decision Decide(UpdateKitLines command, InventoryState state)
    {
        if (!RequireKit(state, command.Sku, out var kit, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        if (KitLines.Check(state, kit.Sku, command.Lines, out var lines) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        if (KitLines.SameSet(kit.Lines, lines))
        {
            return Decision.Accept(CatalogRules.StreamOf(kit.Sku));
        }

        var units = state.Stock.Of(kit.Sku).UnitsInStock;
        return units > 0
            ? Decision.Refuse(new KitHasStock(kit.Sku, units))
            : Decision.Accept(CatalogRules.StreamOf(kit.Sku), new KitLinesChanged { Sku = kit.Sku, Lines = ToContract(lines) });
    }

    public static Decision Decide(AssembleKit command, InventoryState state)
    {
        if (!Prepare(state, command.Sku, command.Warehouse, command.Location, command.Quantity, AssemblyConsumesComponents, out var assembly, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var shortOrFull = assembly.Components
            .Select(used => StockChecks.Enough(state.Stock.Of(used.Sku), assembly.Slot, used.Quantity))
            .FirstOrDefault(error => error is not null)
            ?? StockChecks.Room(state.Stock.Of(assembly.Kit.Sku), assembly.Slot, command.Quantity);
        return shortOrFull is not null
            ? Decision.Refuse(shortOrFull)
            : Decision.Accept(LedgerRules.StreamOf(assembly.Kit.Sku), new KitAssembled
            {
                Sku = assembly.Kit.Sku,
                Warehouse = assembly.Address.Warehouse,
                Location = assembly.Address.Location,
                Quantity = command.Quantity,
                Components = ToContract(assembly.Components),
            });
    }

    public static Decision Decide(DisassembleKit command, InventoryState state)
    {
        if (!Prepare(state, command.Sku, command.Warehouse, command.Location, command.Quantity, DisassemblyReturnsComponents, out var assembly, out var refused))
        {
            return Decision.Refuse(refused);
        }

        var shortOrFull = StockChecks.Enough(state.Stock.Of(assembly.Kit.Sku), assembly.Slot, command.Quantity)
            ?? assembly.Components
                .Select(returned => StockChecks.Room(state.Stock.Of(returned.Sku), assembly.Slot, returned.Quantity))
                .FirstOrDefault(error => error is not null);
        return shortOrFull is not null
            ? Decision.Refuse(shortOrFull)
            : Decision.Accept(LedgerRules.StreamOf(assembly.Kit.Sku), new KitDisassembled
            {
                Sku = assembly.Kit.Sku,
                Warehouse = assembly.Address.Warehouse,
                Location = assembly.Address.Location,
                Quantity = command.Quantity,
                Components = ToContract(assembly.Components),
            });
    }

    public static KitsState Evolve(KitsState state, KitCreated created) => state.With(new Kit(created.Sku, FromContract(created.Lines)));

    public static KitsState Evolve(KitsState state, KitLinesChanged changed) => state.With(new Kit(changed.Sku, FromContract(changed.Lines)));

    public static StockState Evolve(StockState state, KitAssembled assembled)
    {
        var slot = StockSlot.At(new LocationAddress(assembled.Warehouse, assembled.Location));
        var consumed = assembled.Components.Aggregate(state, (stock, used) => stock.Change(used.Sku, slot, -used.Quantity));
        return consumed.Change(assembled.Sku, slot, assembled.Quantity);
    }

    public static StockState Evolve(StockState state, KitDisassembled disassembled)
    {
        var slot = StockSlot.At(new LocationAddress(disassembled.Warehouse, disassembled.Location));
        var taken = state.Change(disassembled.Sku, slot, -disassembled.Quantity);
        return disassembled.Components.Aggregate(taken, (stock, returned) => stock.Change(returned.Sku, slot, returned.Quantity));
    }

    /// <summary>What other areas call to find the kit a SKU (or alternate SKU) names: true when it is a kit, else false with the refusal.</summary>
    public static bool RequireKit(InventoryState state, string sku, [NotNullWhen(true)] out Kit? kit, [NotNullWhen(false)] out DomainError? refusal)
    {
        kit = null;
        if (!CatalogRules.RequireExisting(state.Catalog, sku, out var product, out refusal))
        {
            return false;
        }

        kit = state.Kits.Find(product.Sku);
        refusal = kit is null ? new UnknownKit(product.Sku) : null;
        return kit is not null;
    }

    /// <summary>
    /// The checks assembly and disassembly share: the kit exists and is active, the location is open,
    /// the quantity is bounded, and the kit and every component are active and untracked (assembly
    /// names no lots or serials).
    /// </summary>
    private static bool Prepare(InventoryState state, string sku, string warehouse, string location, long quantity, string rule, [NotNullWhen(true)] out Assembly? assembly, [NotNullWhen(false)] out DomainError? refusal)
    {
        assembly = null;
        if (!RequireKit(state, sku, out var kit, out refusal)
            || !CatalogRules.RequireActive(state.Catalog, kit.Sku, out var kitProduct, out refusal)
            || !LocationRules.RequireOpen(state.Locations, warehouse, location, out var place, out refusal))
        {
            return false;
        }

        refusal = StockChecks.Quantity(kit.Sku, quantity, 1)
            ?? Untracked(kitProduct, rule)
            ?? kit.Lines.Select(line => state.Catalog.Products[line.Sku])
                .Select(component => component.IsActive ? Untracked(component, rule) : new InactiveComponent(kit.Sku, component.Sku))
                .FirstOrDefault(error => error is not null);
        if (refusal is not null)
        {
            return false;
        }

        assembly = new Assembly(kit, place.Address, [.. kit.Lines.Select(line => line with { Quantity = line.Quantity * quantity })]);
        return true;
    }

    private static DomainError? Untracked(Product product, string rule) =>
        product.Tracking == TrackingMode.None ? null : new TrackingMismatch(product.Sku, product.Tracking, TrackingMode.None, rule);

    private static IReadOnlyList<KitLine> ToContract(IEnumerable<KitComponent> lines) =>
        [.. lines.Select(line => new KitLine { Sku = line.Sku, Quantity = line.Quantity })];

    private static ImmutableArray<KitComponent> FromContract(IEnumerable<KitLine> lines) =>
        [.. lines.Select(line => new KitComponent(line.Sku, line.Quantity))];

    /// <summary>An assembly or disassembly about to happen: where, and the component units it moves in total.</summary>
    private sealed record Assembly(Kit Kit, LocationAddress Address, ImmutableArray<KitComponent> Components)
    {
        public StockSlot Slot => StockSlot.At(Address);
    }
}
