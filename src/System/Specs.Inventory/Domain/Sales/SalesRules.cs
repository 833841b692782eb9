using System.Collections.Immutable;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.ReferenceData;

namespace Specs.Inventory.Domain.Sales;

/// <summary>
/// Area 6, sales from every channel. Rules (docs/domain-rules.md): a sale is imported once per
/// (channel, external id) and later syncs record only what changed; lines are well formed;
/// kits are reserved as their assembled units, then as components; a sale's reserved units
/// are Pending and reduce Available, and a sale short of stock is accepted (it shows as Oversold);
/// lines change only before picking and a cancelled sale is final; cancelling releases
/// the pending units and lists the picked ones to unpick.
/// </summary>
public static class SalesRules
{
    public const string IdempotentPerChannelId = "R-6.1";
    public const string LinesWellFormed = "R-6.2";
    public const string KitsReserveComponents = "R-6.3";
    public const string PendingReducesAvailable = "R-6.4";
    public const string ChangesBeforePicking = "R-6.5";
    public const string CancelReleases = "R-6.6";

    public const int MaxLines = 100;

    /// <summary>No single order line sells more than a million units; kits multiply it by their lines.</summary>
    public const long MaxUnitsPerLine = 1_000_000;

    public static Decision Decide(SyncSale command, InventoryState state, DecisionContext context)
    {
        var channelName = Codes.Normalize(command.Channel);
        if (ReferenceDataRules.RequireActive(state.ReferenceData, ReferenceKind.Channel, channelName) is { } inactive)
        {
            return Decision.Refuse(inactive);
        }

        var channel = state.ReferenceData.Find(ReferenceKind.Channel, channelName)!.Name;
        var externalId = Codes.Normalize(command.ExternalId);
        if (!Codes.IsWellFormedCode(externalId))
        {
            return Decision.Refuse(new InvalidExternalId(channel, externalId, Codes.MaxCodeLength));
        }

        var existing = state.Sales.Find(channel, externalId);
        var stream = StreamOf(channel, externalId);
        if (existing is { IsCancelled: true })
        {
            return command.Status == SaleStatus.Cancelled ? Decision.Accept(stream) : Decision.Refuse(new SaleIsCancelled(existing.Channel, existing.ExternalId));
        }

        if (command.Status == SaleStatus.Cancelled)
        {
            // A sale first seen already cancelled reserved nothing and never will: nothing to record.
            return existing is null ? Decision.Accept(stream) : Cancel(existing, context);
        }

        if (CheckLines(state, channel, existing?.ExternalId ?? externalId, command.Lines, out var lines) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        if (existing is null)
        {
            return Reserve(state, channel, externalId, lines, out var pending) is { } tooLarge
                ? Decision.Refuse(tooLarge)
                : Decision.Accept(stream, new SaleImported
                {
                    Channel = channel,
                    ExternalId = externalId,
                    Lines = ToContract(lines),
                    PendingLines = pending,
                    Status = command.Status,
                    Priority = command.Priority,
                    OrderedAtUnixMs = command.OrderedAtUnixMs ?? context.NowUnixMs,
                });
        }

        var events = new List<IEventContract>();
        if (!SameLines(existing.Lines, lines))
        {
            if (existing.Reserved.Values.FirstOrDefault(line => line.Picked > 0) is { } picked)
            {
                return Decision.Refuse(new SalePickingStarted(existing.Channel, existing.ExternalId, picked.Sku, picked.Picked));
            }

            // The sale's own reservation is released before reserving again, so its kits may use the
            // assembled units it held.
            var released = state with { Stock = ReleasePending(state.Stock, existing) };
            if (Reserve(released, existing.Channel, existing.ExternalId, lines, out var pending) is { } tooLarge)
            {
                return Decision.Refuse(tooLarge);
            }

            events.Add(new SaleLinesChanged { Channel = existing.Channel, ExternalId = existing.ExternalId, Lines = ToContract(lines), PendingLines = pending });
        }

        if (command.Status != existing.Status)
        {
            events.Add(new SaleStatusChanged { Channel = existing.Channel, ExternalId = existing.ExternalId, Status = command.Status, PreviousStatus = existing.Status });
        }

        return Decision.Accept(stream, events);
    }

    public static Decision Decide(UpdateSaleStatus command, InventoryState state, DecisionContext context)
    {
        if (!RequireExisting(state, command.Channel, command.ExternalId, out var sale, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        var stream = StreamOf(sale.Channel, sale.ExternalId);
        return sale switch
        {
            _ when command.Status == sale.Status => Decision.Accept(stream),
            { IsCancelled: true } => Decision.Refuse(new SaleIsCancelled(sale.Channel, sale.ExternalId)),
            _ when command.Status == SaleStatus.Cancelled => Cancel(sale, context),
            _ => Decision.Accept(stream, new SaleStatusChanged { Channel = sale.Channel, ExternalId = sale.ExternalId, Status = command.Status, PreviousStatus = sale.Status }),
        };
    }

    public static Decision Decide(CancelSale command, InventoryState state, DecisionContext context)
    {
        if (!RequireExisting(state, command.Channel, command.ExternalId, out var sale, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        return sale.IsCancelled ? Decision.Accept(StreamOf(sale.Channel, sale.ExternalId)) : Cancel(sale, context);
    }

    public static InventoryState Evolve(InventoryState state, SaleImported imported)
    {
        var sale = new Sale(imported.Channel, imported.ExternalId, imported.Status, imported.Priority, imported.OrderedAtUnixMs, Allocated: false)
        {
            Lines = FromContract(imported.Lines),
        };
        sale = sale with { Reserved = Reserved(sale, imported.PendingLines) };
        sale = sale with { EverReserved = sale.EverReserved.Union(sale.Reserved.Keys) };
        return state with { Sales = state.Sales.Replace(null, sale), Stock = AddPending(state.Stock, sale, +1) };
    }

    public static InventoryState Evolve(InventoryState state, SaleLinesChanged changed)
    {
        if (state.Sales.Find(changed.Channel, changed.ExternalId) is not { } before)
        {
            return state;
        }

        var after = before with { Lines = FromContract(changed.Lines), Allocated = false };
        after = after with { Reserved = Reserved(after, changed.PendingLines) };
        after = after with { EverReserved = before.EverReserved.Union(after.Reserved.Keys) };
        var stock = AddPending(ReleasePending(state.Stock, before), after, +1);
        return state with { Sales = state.Sales.Replace(before, after), Stock = stock };
    }

    public static InventoryState Evolve(InventoryState state, SaleStatusChanged changed) =>
        state.Sales.Find(changed.Channel, changed.ExternalId) is { } before
            ? state with { Sales = state.Sales.Replace(before, before with { Status = changed.Status }) }
            : state;

    public static InventoryState Evolve(InventoryState state, SaleCancelled cancelled) =>
        state.Sales.Find(cancelled.Channel, cancelled.ExternalId) is { } before
            ? state with
            {
                Sales = state.Sales.Replace(before, before with { Status = SaleStatus.Cancelled, Allocated = false }),
                Stock = ReleasePending(state.Stock, before),
            }
            : state;

    /// <summary>What other areas call to find a sale: true when it exists, else false with the refusal.</summary>
    public static bool RequireExisting(InventoryState state, string channel, string externalId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Sale? sale, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out DomainError? refusal)
    {
        var channelName = Codes.Normalize(channel);
        var id = Codes.Normalize(externalId);
        sale = state.Sales.Find(channelName, id);
        refusal = sale is null ? new UnknownSale(channelName, id) : null;
        return sale is not null;
    }

    /// <summary>The stream of one sale: channel and external id, lower-cased because both ignore case.</summary>
    public static string StreamOf(string channel, string externalId) => $"sale/{channel.ToLowerInvariant()}/{externalId.ToLowerInvariant()}";

    private static Decision Cancel(Sale sale, DecisionContext context) =>
        Decision.Accept(StreamOf(sale.Channel, sale.ExternalId), new SaleCancelled
        {
            Channel = sale.Channel,
            ExternalId = sale.ExternalId,
            Released = [.. sale.Reserved.Values.Where(line => line.Remaining > 0).Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Remaining })],
            ToUnpick = [.. sale.Reserved.Values.Where(line => line.Picked > 0).Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Picked })],
            CancelledAtUnixMs = context.NowUnixMs,
        });

    /// <summary>R-6.2: 1-100 lines, distinct active products, 1 to <see cref="MaxUnitsPerLine"/> units each; SKUs as recorded.</summary>
    private static DomainError? CheckLines(InventoryState state, string channel, string externalId, IReadOnlyList<SaleLine> requested, out ImmutableArray<SoldLine> lines)
    {
        lines = [];
        if (requested.Count is 0 or > MaxLines)
        {
            return new SaleLineCountInvalid(channel, externalId, requested.Count, MaxLines);
        }

        var resolved = ImmutableArray.CreateBuilder<SoldLine>(requested.Count);
        foreach (var line in requested)
        {
            if (!CatalogRules.RequireActive(state.Catalog, Codes.Normalize(line.Sku), out var product, out var refused))
            {
                return refused;
            }

            if (line.Quantity is < 1 or > MaxUnitsPerLine)
            {
                return new InvalidSaleQuantity(channel, externalId, product.Sku, line.Quantity, MaxUnitsPerLine);
            }

            if (resolved.Any(seen => seen.Sku == product.Sku))
            {
                return new DuplicateSaleLine(channel, externalId, product.Sku);
            }

            resolved.Add(new SoldLine(product.Sku, line.Quantity));
        }

        lines = resolved.MoveToImmutable();
        return null;
    }

    private static DomainError? Reserve(InventoryState state, string channel, string externalId, ImmutableArray<SoldLine> lines, out IReadOnlyList<SaleLine> pending)
    {
        pending = [];
        if (SaleReservation.Of(state, lines, out var tooLarge) is not { } reserved)
        {
            return new InvalidSaleQuantity(channel, externalId, tooLarge, Stock.StockLimits.MaxQuantity + 1, Stock.StockLimits.MaxQuantity);
        }

        pending = [.. reserved.Select(line => new SaleLine { Sku = line.Key, Quantity = line.Value })];
        return null;
    }

    private static bool SameLines(ImmutableArray<SoldLine> current, ImmutableArray<SoldLine> requested) =>
        current.Length == requested.Length
        && current.OrderBy(line => line.Sku, StringComparer.Ordinal).SequenceEqual(requested.OrderBy(line => line.Sku, StringComparer.Ordinal));

    private static Stock.StockState ReleasePending(Stock.StockState stock, Sale sale) => AddPending(stock, sale, -1);

    /// <summary>Adds (sign +1) or removes (−1) the sale's share of every reserved SKU's Pending.</summary>
    private static Stock.StockState AddPending(Stock.StockState stock, Sale sale, int sign)
    {
        foreach (var line in sale.Reserved.Values)
        {
            var pending = sale.PendingOf(line.Sku);
            if (pending != 0)
            {
                stock = stock.With(stock.Of(line.Sku).WithCommitted(pendingDelta: sign * pending));
            }
        }

        return stock;
    }

    private static ImmutableSortedDictionary<string, ReservedLine> Reserved(Sale sale, IReadOnlyList<SaleLine> pending) =>
        sale.Reserved.Clear().SetItems(pending.Select(line => KeyValuePair.Create(line.Sku, new ReservedLine(line.Sku, line.Quantity, Picked: 0))));

    private static ImmutableArray<SoldLine> FromContract(IReadOnlyList<SaleLine> lines) => [.. lines.Select(line => new SoldLine(line.Sku, line.Quantity))];

    private static IReadOnlyList<SaleLine> ToContract(ImmutableArray<SoldLine> lines) => [.. lines.Select(line => new SaleLine { Sku = line.Sku, Quantity = line.Quantity })];
}
