using System.Reflection;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Channels;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Tables;

namespace Specs.Runner.Hunting;

/// <summary>
/// Makes a command from its contract: every command of <see cref="ContractCatalog"/> is built field by field
/// from its descriptor, each field's value drawn by what the field means (its name and type: a SKU, a location,
/// a quantity, an expiry...) from the small pools of <see cref="HuntVocabulary"/> and from what the history
/// knows (<see cref="HuntWorld"/>), biased towards the edges: the quantity a location holds, one more, one
/// less, the last unit, an expiry a millisecond away. About one command in fifteen gets one deliberately
/// invalid field (empty or over-long codes, zero, negative or huge quantities, unknown ids).
/// </summary>
internal static class CommandMaker
{
    /// <summary>The chance that a non-setup command has one deliberately invalid field.</summary>
    private const double WildChance = 0.07;

    private static readonly Dictionary<string, ContractDescriptor> Commands =
        ContractCatalog.Contracts.Where(contract => contract.Kind == ContractKind.Command).ToDictionary(contract => contract.ClrType.Name, StringComparer.Ordinal);

    private static readonly Dictionary<Type, ContractDescriptor> Tables = ContractCatalog.Tables.ToDictionary(table => table.ClrType);

    /// <summary>Every command of the system's vocabulary, by name.</summary>
    public static IReadOnlyList<string> CommandNames { get; } = [.. Commands.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Makes the command of <paramref name="step"/> against what <paramref name="world"/> knows now.</summary>
    public static ICommandContract Make(HistoryStep step, HuntWorld world)
    {
        var draw = new Draw(step.Seed);
        if (step.IsSetup)
        {
            return Setup(step, world, draw);
        }

        if (step.Command == FulfilmentDriver.StepName)
        {
            // With no sale to take further, the step imports one: the first stage of fulfilment.
            return FulfilmentDriver.Next(world, draw) ?? Make(step with { Command = "SyncSale" }, world);
        }

        if (step.Command == TransferDriver.StepName)
        {
            // With nothing in MAIN to move, a transfer as the contract's fields draw it.
            return TransferDriver.Next(world, draw) ?? Make(step with { Command = "CreateTransfer" }, world);
        }

        var descriptor = Commands[step.Command];
        var context = new CommandChoice(step.Command, world, draw);
        var wild = draw.Chance(WildChance) ? draw.Between(0, descriptor.Fields.Count - 1) : -1;
        return (ICommandContract)Build(descriptor, context, wild);
    }

    /// <summary>Setup commands create the pool's entry <see cref="HistoryStep.Slot"/>, validly, so histories share their names.</summary>
    private static ICommandContract Setup(HistoryStep step, HuntWorld world, Draw draw)
    {
        var slot = step.Slot;
        switch (step.Command)
        {
            case nameof(CreateReason):
                return new CreateReason { Name = HuntVocabulary.Reasons[slot % HuntVocabulary.Reasons.Count] };
            case nameof(CreateSupplier):
                return new CreateSupplier { Name = HuntVocabulary.Suppliers[slot % HuntVocabulary.Suppliers.Count] };
            case nameof(CreateChannel):
                return new CreateChannel { Name = HuntVocabulary.Channels[slot % HuntVocabulary.Channels.Count] };
            case nameof(ConnectChannel):
                return new ConnectChannel { Channel = HuntVocabulary.Channels[slot % HuntVocabulary.Channels.Count] };
            case nameof(CreateWarehouse):
                var warehouse = HuntVocabulary.Warehouses[slot % HuntVocabulary.Warehouses.Count];
                return new CreateWarehouse { Code = warehouse, Name = $"Warehouse {warehouse}" };
            case nameof(CreateLocation):
                var (inWarehouse, location, type) = HuntVocabulary.Locations[slot % HuntVocabulary.Locations.Count];
                return new CreateLocation { Warehouse = inWarehouse, Location = location, Type = type };
            case nameof(CreateProduct):
                var (sku, tracking) = HuntVocabulary.Products[slot % HuntVocabulary.Products.Count];
                return new CreateProduct { Sku = sku, Name = $"Product {sku}", Tracking = tracking };
            case nameof(CreateKit):
                var kit = HuntVocabulary.Kits[slot % HuntVocabulary.Kits.Count];
                return new CreateKit { Sku = kit.Sku, Lines = [.. kit.Lines.Select(line => new KitLine { Sku = line.Component, Quantity = line.Units })] };
            case nameof(RegisterLot):
                long? expiry = draw.Chance(0.3) ? null : world.NowUnixMs + draw.Pick(HuntVocabulary.TimeSteps) * draw.Between(1, 3);
                return new RegisterLot { Sku = "LOT-1", Lot = HuntVocabulary.Lots[slot % HuntVocabulary.Lots.Count], ExpiresAtUnixMs = expiry };
            case nameof(AddItem) when slot == 0 && draw.Chance(0.4):
                // Serial-numbered units on hand in some histories, or a serial's own rules (moving one, picking it) are
                // met only when a random AddItem happens to bring serials in.
                var serialPlace = draw.Pick(HuntVocabulary.Locations.Where(candidate => candidate.Type == LocationType.Pick).ToList());
                var count = draw.Between(1, 2);
                return new AddItem
                {
                    Sku = HuntVocabulary.Products.First(product => product.Tracking == TrackingMode.Serial).Sku,
                    Warehouse = serialPlace.Warehouse,
                    Location = serialPlace.Location,
                    Quantity = count,
                    Reason = HuntVocabulary.Received,
                    Serials = [.. HuntVocabulary.Serials.Take(count)],
                };
            case nameof(AddItem) when slot is 1 or 2 && draw.Chance(0.4):
                // Lot-tracked units on hand in some histories, lot L1 in one setup slot and L2 in the next, in bins of MAIN
                // where pickers take them: a random AddItem seldom brought a lot in, so first-expiry-first-out and expired
                // lots were never refused at a pick.
                var lotPlace = draw.Pick(HuntVocabulary.Locations.Where(candidate => candidate.Type == LocationType.Pick && candidate.Warehouse == HuntVocabulary.Warehouses[0]).ToList());
                return new AddItem
                {
                    Sku = HuntVocabulary.Products.First(product => product.Tracking == TrackingMode.Lot).Sku,
                    Warehouse = lotPlace.Warehouse,
                    Location = lotPlace.Location,
                    Quantity = draw.Between(1, 5),
                    Reason = HuntVocabulary.Received,
                    Lot = HuntVocabulary.Lots[(slot - 1) % HuntVocabulary.Lots.Count],
                };
            case nameof(AddItem):
                var plain = draw.Pick(HuntVocabulary.Products.Where(product => product.Tracking == TrackingMode.None && !IsKit(product.Sku)).Select(product => product.Sku).ToList());
                var place = draw.Pick(HuntVocabulary.Locations.Where(candidate => candidate.Type == LocationType.Pick).ToList());
                return new AddItem { Sku = plain, Warehouse = place.Warehouse, Location = place.Location, Quantity = draw.Between(1, 5), Reason = HuntVocabulary.Received };
            default:
                throw new InvalidOperationException($"No setup is defined for {step.Command}.");
        }
    }

    private static bool IsKit(string sku) => HuntVocabulary.Kits.Any(kit => string.Equals(kit.Sku, sku, StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds a contract (command or nested table) field by field, in the contract's field order.</summary>
    private static object Build(ContractDescriptor descriptor, CommandChoice context, int wildField)
    {
        var value = Activator.CreateInstance(descriptor.ClrType)
            ?? throw new InvalidOperationException($"{descriptor.ClrType.Name} could not be created.");
        for (var i = 0; i < descriptor.Fields.Count; i++)
        {
            var field = descriptor.Fields[i];
            var property = descriptor.ClrType.GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{descriptor.ClrType.Name} has no property {field.Name}.");
            var chosen = i == wildField ? Wild(property.PropertyType, context.Draw) : Value(field.Name, property.PropertyType, context);
            if (chosen is null && !field.IsOptional && property.PropertyType == typeof(string))
            {
                // A required code the context has no value for (a lot for an untracked SKU): any code of the right kind.
                chosen = field.Name == "Lot" ? context.Draw.Pick(HuntVocabulary.Lots) : "X";
            }

            property.SetValue(value, chosen);
        }

        return value;
    }

    /// <summary>A deliberately invalid value of the field's type: what a faulty client or a typo sends.</summary>
    private static object? Wild(Type type, Draw draw)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return draw.Pick(["", "NOPE", PastTheLimit.Code]);
        }

        if (underlying == typeof(long))
        {
            return draw.Pick([0L, -1L, 1_000_000_000_001L]);
        }

        if (underlying == typeof(Guid))
        {
            return UnknownId(draw);
        }

        return DefaultOf(type, draw);
    }

    private static object? Value(string field, Type type, CommandChoice c)
    {
        var draw = c.Draw;
        switch (field)
        {
            case "Sku":
                return c.Sku = c.ChooseSku();
            case "AlternateSku":
                return draw.Chance(0.8) ? draw.Pick(HuntVocabulary.AlternateSkus) : draw.Pick(HuntVocabulary.Products).Sku;
            case "Name":
                return c.Command switch
                {
                    nameof(CreateReason) => draw.Pick(HuntVocabulary.Reasons),
                    nameof(CreateSupplier) => draw.Pick(HuntVocabulary.Suppliers),
                    nameof(CreateChannel) => draw.Pick(HuntVocabulary.Channels),
                    nameof(DeactivateReference) => c.Kind switch
                    {
                        ReferenceKind.Reason => draw.Pick(HuntVocabulary.Reasons),
                        ReferenceKind.Supplier => draw.Pick(HuntVocabulary.Suppliers),
                        _ => draw.Pick(HuntVocabulary.Channels),
                    },
                    _ => $"Name {draw.Between(1, 3)}",
                };
            case "Kind":
                return c.Kind = draw.Pick(Enum.GetValues<ReferenceKind>());
            case "Code":
            case "FromWarehouse":
                return c.Warehouse = draw.Chance(0.8) ? HuntVocabulary.Warehouses[0] : draw.Pick(HuntVocabulary.Warehouses);
            case "Warehouse" when c.Serial is { } serial && draw.Chance(0.9):
                return c.Warehouse = serial.Warehouse;
            case "Warehouse":
                return c.Warehouse = c.ChooseWarehouse();
            case "ToWarehouse":
                return draw.Chance(0.9) ? HuntVocabulary.Warehouses.First(code => code != c.Warehouse) : c.Warehouse;
            case "Location":
                if (type == typeof(string) && c.Command is nameof(Inventory.Contracts.Commands.Picking.PickItem) && draw.Chance(0.15))
                {
                    return null; // an express pick
                }

                return c.Location = c.ChooseLocation(source: c.Command is not (nameof(AddItem) or "UnpickItem" or "ReturnToStock" or "ReceiveItems" or "CreateLocation"));
            case "FromLocation":
                return c.Location = c.ChooseLocation(source: true);
            case "ToLocation":
                return c.ChooseOtherLocation();
            case "Locations":
                return c.ChooseCountLocations();
            case "Reason":
                return draw.Chance(0.75) ? HuntVocabulary.Received : draw.Pick(HuntVocabulary.Reasons);
            case "Channel":
                return draw.Pick(HuntVocabulary.Channels);
            case "Supplier":
                return draw.Pick(HuntVocabulary.Suppliers);
            case "Lot":
                return c.ChooseLot();
            case "Serial" when c.Command == "MoveSerial" && c.Sku is { } serialSku && c.World.SerialsOnHand(serialSku) is { Count: > 0 } onHand && draw.Chance(0.85):
                // A serial where it is now: drawn from the pool, MoveSerial never named a unit on hand and was never accepted.
                c.Serial = draw.Pick(onHand);
                c.Location = c.Serial.Location;
                return c.Serial.Serial;
            case "Serial":
                return draw.Pick(HuntVocabulary.Serials);
            case "Serials":
                return c.ChooseSerials();
            case "HoldId":
                return draw.Pick(HuntVocabulary.Holds);
            case "PurchaseOrder" when c.Command != "CreatePurchaseOrder" && c.World.PurchaseOrderSkus.Count > 0 && draw.Chance(0.7):
                // An order the history created: from the pool, receipts and changes mostly named an order that was never
                // created, so an order with receipts was rarely changed again and lowering a line below what it received
                // was never refused.
                return c.PurchaseOrder = draw.Pick([.. c.World.PurchaseOrderSkus.Keys]);
            case "PurchaseOrder":
                return c.PurchaseOrder = draw.Pick(HuntVocabulary.PurchaseOrders);
            case "ReceiptId":
                return draw.Chance(PastTheLimit.Chance) ? PastTheLimit.Code : draw.Pick(HuntVocabulary.Receipts);
            case "ExternalId":
                return draw.Pick(HuntVocabulary.ExternalIds);
            case "Picker":
                return draw.Pick(HuntVocabulary.Pickers);
            case "TrackingNumber":
                return "TRK-" + draw.Between(1, 2);
            case "Carrier" or "Note" or "Description" or "Contact":
                return draw.Chance(0.8) ? null : draw.Chance(PastTheLimit.Chance * 5) ? PastTheLimit.Note : "Note";
            case "PicklistId":
                c.Picklist = c.World.Picklists.Count == 0 || draw.Chance(0.05) ? null : draw.Pick(c.World.Picklists);
                return c.Picklist?.PicklistId ?? UnknownId(draw);
            case "TransferId":
                c.Transfer = c.World.Transfers.Count == 0 || draw.Chance(0.05) ? null : draw.Pick(c.ChooseTransfers());
                return c.Transfer?.TransferId ?? UnknownId(draw);
            case "CountId":
                c.Count = c.World.Counts.Count == 0 || draw.Chance(0.05) ? null : draw.Pick(c.World.Counts);
                return c.Count?.CountId ?? UnknownId(draw);
            case "SaleId":
                if (c.PicklistLine is { } line)
                {
                    return line.SaleId ?? (type == typeof(Guid) ? draw.Pick(HuntVocabulary.SaleIds) : null);
                }

                // A sale that has picklist lines is the one that can be shipped: drawn from the whole pool, ShipSale
                // named a sale nobody picked for in thousands of histories, and shipping and returns went untested.
                var picked = c.World.Lines.Select(picklistLine => picklistLine.SaleId).OfType<Guid>().Distinct().ToList();
                return picked.Count > 0 && draw.Chance(0.7) ? draw.Pick(picked)
                    : type == typeof(Guid) || draw.Chance(0.6) ? draw.Pick(HuntVocabulary.SaleIds) : null;
            case "Quantity":
                return c.Quantity = c.ChooseQuantity();
            case "BufferPercent":
                return draw.Pick([0L, 10L, 50L, 100L]);
            case "Cap" or "Fixed":
                return draw.Chance(0.6) ? null : (long?)draw.Between(0, 10);
            case "ExpiresAtUnixMs":
                return draw.Chance(0.25) ? null : (long?)(c.World.NowUnixMs + draw.Pick(HuntVocabulary.TimeSteps) * draw.Between(1, 2));
            case "OrderedAtUnixMs" or "ExpectedAtUnixMs":
                return null;
            case "UnitCostMinor":
                return draw.Chance(PastTheLimit.Chance) ? PastTheLimit.UnitCostMinor : draw.Pick([0L, 100L, 250L]);
            case "Passed":
                return draw.Chance(0.85);
            case "Status":
                return draw.Chance(0.8) ? SaleStatus.Open : draw.Pick(Enum.GetValues<SaleStatus>());
            case "Skus":
                return draw.Chance(PastTheLimit.Chance) ? PastTheLimit.SkusToPush : draw.Chance(0.5) ? Array.Empty<string>() : [c.ChooseSku()];
            case "Lines" or "Items" when ListItemType(type) is { } itemType && Tables.TryGetValue(itemType, out var table):
                return MakeLines(table, itemType, c);
            default:
                return DefaultOf(type, draw);
        }
    }

    private static Guid UnknownId(Draw draw) => new([.. BitConverter.GetBytes(draw.Next64()), .. BitConverter.GetBytes(draw.Next64())]);

    private static Type? ListItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    /// <summary>1-2 lines of a command's table type; items of a transfer follow what it planned or shipped.</summary>
    private static object MakeLines(ContractDescriptor table, Type itemType, CommandChoice c)
    {
        var items = new List<object>();
        if (itemType == typeof(TransferItem) && c.Transfer is { } transfer)
        {
            if (c.Command == "ReceiveTransfer" && c.World.ShippedTransfers.TryGetValue(transfer.TransferId, out var shipped) && shipped.Count > 0)
            {
                var item = c.Draw.Pick(shipped);
                var to = c.Draw.Pick(HuntVocabulary.Locations.Where(place => place.Warehouse == transfer.ToWarehouse).ToList());
                var units = c.Draw.Chance(0.6) ? item.Quantity : c.Draw.Between(1, (int)Math.Max(1, item.Quantity + 1));
                var serials = item.Serials.Take((int)Math.Min(units, item.Serials.Count)).ToList();
                var strays = HuntVocabulary.Serials.Where(serial => !item.Serials.Contains(serial, StringComparer.OrdinalIgnoreCase)).ToList();
                if (serials.Count > 0 && strays.Count > 0 && c.Draw.Chance(0.2))
                {
                    // A serial the transfer did not send, in place of one it did: what a mis-scan at the door brings.
                    serials[0] = c.Draw.Pick(strays);
                }

                items.Add(new TransferItem { Sku = item.Sku, Location = to.Location, Quantity = units, Lot = item.Lot, Serials = serials });
            }
            else if (transfer.Lines.Count > 0)
            {
                var line = c.Draw.Pick(transfer.Lines);
                var holding = c.World.Holding(line.Sku, transfer.FromWarehouse);
                var (location, onHand) = holding.Count > 0 ? c.Draw.Pick(holding) : (c.Draw.Pick(HuntVocabulary.Locations).Location, 1L);
                // One more than planned now and then: the plan's own limit.
                var units = c.Draw.Pick([Math.Min(onHand, line.Quantity), line.Quantity, 1L, line.Quantity + 1]);
                c.Sku = line.Sku;
                c.Warehouse = transfer.FromWarehouse;
                c.Location = location;
                c.Quantity = units;
                items.Add(new TransferItem { Sku = line.Sku, Location = location, Quantity = units, Lot = c.ChooseLot(), Serials = c.ChooseSerials() });
            }

            if (items.Count > 0)
            {
                return ToList(itemType, items);
            }
        }

        var count = c.Draw.Chance(0.7) ? 1 : 2;
        for (var i = 0; i < count; i++)
        {
            var line = new CommandChoice(c.Command, c.World, c.Draw)
            {
                Warehouse = c.Warehouse,
                Location = c.Location,
                PurchaseOrder = c.PurchaseOrder,
                InTable = itemType,
                Parent = c,
            };
            items.Add(Build(table, line, wildField: -1));
        }

        return ToList(itemType, items);
    }

    private static object ToList(Type itemType, List<object> items)
    {
        var list = Array.CreateInstance(itemType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            list.SetValue(items[i], i);
        }

        return list;
    }

    private static object? DefaultOf(Type type, Draw draw)
    {
        if (Nullable.GetUnderlyingType(type) is not null || !type.IsValueType && type != typeof(string) && ListItemType(type) is null)
        {
            return null;
        }

        if (type == typeof(string))
        {
            return "X";
        }

        if (type == typeof(long))
        {
            return (long)draw.Between(1, 5);
        }

        if (type == typeof(int))
        {
            return draw.Between(1, 5);
        }

        if (type == typeof(bool))
        {
            return draw.Chance(0.5);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValuesAsUnderlyingType(type);
            return Enum.ToObject(type, values.GetValue(draw.Between(0, values.Length - 1))!);
        }

        if (ListItemType(type) is { } itemType)
        {
            return itemType == typeof(string) ? Array.Empty<string>() : Array.CreateInstance(itemType, 0);
        }

        return Activator.CreateInstance(type);
    }
}
