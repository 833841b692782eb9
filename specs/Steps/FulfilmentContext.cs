using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Scenarios;

namespace Specs.Steps;

/// <summary>
/// What the steps of areas 8-10 (picking, shipping, transfers) share within one scenario: the ids behind the
/// names a scenario gives its picklists, sales and transfers, where each picklist and transfer is, and the
/// Pending a past pick could release. Reqnroll creates one per scenario and hands it to every binding that asks.
/// </summary>
/// <remarks>
/// Picklists and transfers are named by the server (the id port), so scenarios name them ("picklist P-1") and this
/// context derives a stable id from the scenario's identity and the name, without regard to case. A sale's id is
/// the system's own, <see cref="SaleIds.Of"/> of its channel and external id ("sale S-1" of the channel its Given
/// named, <see cref="DefaultChannel"/> for a sale the scenario never gave). Past events must be the ones the system
/// would have recorded, so a past pick releases exactly the Pending the decider would have released (min of the
/// quantity and what the sale still needs picked of the SKU, R-8.9) and a past put-back restores at most what its
/// line's picks released.
/// </remarks>
public sealed class FulfilmentContext(ScenarioHost host)
{
    private readonly Dictionary<Guid, string> _picklistWarehouses = [];
    private readonly Dictionary<Guid, (string From, string To)> _transferWarehouses = [];
    private readonly Dictionary<string, string> _saleChannels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(Guid Sale, string Sku), long> _unpicked = [];
    private readonly Dictionary<(Guid Picklist, string Sku, Guid? Sale), long> _releasedByLine = [];
    private readonly HashSet<(string Sku, string Lot)> _registeredLots = [];

    public Guid PicklistId(string name) => Derive("picklist", name);

    /// <summary>The channel of a sale the scenario names without giving it (a refusal for an unknown sale).</summary>
    public const string DefaultChannel = "SHOP";

    public Guid SaleId(string name) => host.Name(SaleIds.Of(_saleChannels.GetValueOrDefault(name.Trim()) ?? DefaultChannel, name.Trim()), name);

    public Guid TransferId(string name) => Derive("transfer", name);

    /// <summary>A sale reference from a table cell or step: empty means the line serves no sale.</summary>
    public Guid? SaleOrNone(string? name) => string.IsNullOrWhiteSpace(name) ? null : SaleId(name.Trim());

    public void PicklistCreated(string name, string warehouse) => _picklistWarehouses[PicklistId(name)] = warehouse;

    /// <summary>The warehouse of a picklist a past event created; a scenario that names another is mis-written.</summary>
    public string WarehouseOfPicklist(string name) =>
        _picklistWarehouses.TryGetValue(PicklistId(name), out var warehouse)
            ? warehouse
            : throw new InvalidOperationException($"The scenario names picklist '{name}' before saying it exists: add \"Given a picklist \"{name}\" in ... lists ...\".");

    public void TransferCreated(string name, string from, string to) => _transferWarehouses[TransferId(name)] = (from, to);

    public (string From, string To) WarehousesOfTransfer(string name) =>
        _transferWarehouses.TryGetValue(TransferId(name), out var warehouses)
            ? warehouses
            : throw new InvalidOperationException($"The scenario names transfer '{name}' before saying it exists: add \"Given a transfer \"{name}\" from ... to ... plans ...\".");

    /// <summary>A past sale of <paramref name="channel"/> reserved <paramref name="units"/> of the SKU.</summary>
    public void Reserved(string channel, string sale, string sku, long units)
    {
        _saleChannels[sale.Trim()] = channel;
        var line = (SaleId(sale), sku.ToUpperInvariant());
        _unpicked[line] = _unpicked.GetValueOrDefault(line) + units;
    }

    /// <summary>Units of the SKU the sale of <paramref name="channel"/> still needs picked after the scenario's past picks and put-backs.</summary>
    public long StillToPick(string channel, string sale, string sku) => _unpicked.GetValueOrDefault((SaleIds.Of(channel, sale.Trim()), sku.ToUpperInvariant()));

    /// <summary>R-8.9: a pick for a sale releases min(quantity, what the sale still needs picked); a pick for no sale releases nothing.</summary>
    public long Picked(string picklist, string sku, Guid? sale, long units)
    {
        if (sale is null)
        {
            return 0;
        }

        var needed = (sale.Value, sku.ToUpperInvariant());
        var released = Math.Min(units, _unpicked.GetValueOrDefault(needed));
        _unpicked[needed] = _unpicked.GetValueOrDefault(needed) - released;
        var line = (PicklistId(picklist), sku.ToUpperInvariant(), sale);
        _releasedByLine[line] = _releasedByLine.GetValueOrDefault(line) + released;
        return released;
    }

    /// <summary>R-9.2: a put-back restores at most what the line's picks released.</summary>
    public long Unpicked(string picklist, string sku, Guid? sale, long units)
    {
        var line = (PicklistId(picklist), sku.ToUpperInvariant(), sale);
        var restored = Math.Min(units, _releasedByLine.GetValueOrDefault(line));
        _releasedByLine[line] = _releasedByLine.GetValueOrDefault(line) - restored;
        if (sale is { } saleId)
        {
            var needed = (saleId, sku.ToUpperInvariant());
            _unpicked[needed] = _unpicked.GetValueOrDefault(needed) + restored;
        }
        return restored;
    }

    /// <summary>Whether the lot still needs registering before units are put in it (a lot is registered once, R-12.1).</summary>
    public bool RegisterLot(string sku, string lot) => _registeredLots.Add((sku.ToUpperInvariant(), lot.ToUpperInvariant()));

    /// <summary>Comma-separated serials as a scenario writes them ("SN-1, SN-2").</summary>
    public static IReadOnlyList<string> Serials(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private Guid Derive(string kind, string name) => host.Name(host.Identity.DeriveId($"{kind} {name.Trim().ToLowerInvariant()}", 0), name);
}
