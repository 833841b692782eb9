using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Domain.Sales;

namespace Specs.Runner.Hunting;

/// <summary>
/// What the corpus's steps remember within one scenario (specs/Steps/FulfilmentContext), mirrored while a found
/// scenario is written, so a phrase is used only when its step would record exactly the hunt's contract: the
/// names of picklists and transfers and their warehouses, the channel each sale was imported from (a sale is named by its external id,
/// FulfilmentContext's default channel "SHOP" when no earlier Given imported it), and the units
/// each sale still needs picked (a past pick releases min(units, that), R-8.9).
/// </summary>
internal sealed class PhraseMemory(ServerNames names)
{
    /// <summary>The channel the picking steps assume for a sale no earlier Given imported (FulfilmentContext.DefaultChannel).</summary>
    private const string DefaultChannel = "SHOP";

    private readonly Dictionary<Guid, string> _picklistWarehouses = [];
    private readonly Dictionary<Guid, (string From, string To)> _transferWarehouses = [];
    private readonly Dictionary<string, string> _saleChannels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(Guid Sale, string Sku), long> _unpicked = [];

    /// <summary>The scenario's name of a picklist, or null when the case did not name it.</summary>
    public string? Picklist(Guid picklistId) => names.NameOf(picklistId);

    /// <summary>The scenario's name of a transfer, or null when the case did not name it.</summary>
    public string? Transfer(Guid transferId) => names.NameOf(transferId);

    /// <summary>The warehouses a phrased Given created the transfer between, or null.</summary>
    public (string From, string To)? WarehousesOf(Guid transferId) => _transferWarehouses.TryGetValue(transferId, out var warehouses) ? warehouses : null;

    public void TransferCreated(Guid transferId, string from, string to) => _transferWarehouses[transferId] = (from, to);

    /// <summary>The warehouse a phrased Given created the picklist in, or null.</summary>
    public string? WarehouseOf(Guid picklistId) => _picklistWarehouses.GetValueOrDefault(picklistId);

    public void PicklistCreated(Guid picklistId, string warehouse) => _picklistWarehouses[picklistId] = warehouse;

    /// <summary>A phrased Given imported the sale: it names the sale from now on and reserves its pending lines.</summary>
    public void Imported(SaleImported imported)
    {
        _saleChannels[imported.ExternalId.Trim()] = imported.Channel;
        var sale = SaleIds.Of(imported.Channel, imported.ExternalId.Trim());
        foreach (var line in imported.PendingLines)
        {
            var key = (sale, line.Sku.ToUpperInvariant());
            _unpicked[key] = _unpicked.GetValueOrDefault(key) + line.Quantity;
        }
    }

    /// <summary>
    /// The external id the steps resolve to <paramref name="saleId"/> (the channel an earlier Given imported it from,
    /// else SHOP), or null when none does.
    /// </summary>
    public string? Sale(Guid saleId)
    {
        foreach (var (externalId, channel) in _saleChannels)
        {
            if (SaleIds.Of(channel, externalId) == saleId)
            {
                return Nameable(externalId);
            }
        }

        return HuntVocabulary.ExternalIds.FirstOrDefault(externalId => !_saleChannels.ContainsKey(externalId) && SaleIds.Of(DefaultChannel, externalId) == saleId) is { } named
            ? Nameable(named)
            : null;
    }

    /// <summary>R-8.9 as the picking steps compute it for a past pick: what it releases; also remembers the release.</summary>
    public long Picked(Guid? saleId, string sku, long units)
    {
        if (saleId is not { } sale)
        {
            return 0;
        }

        var key = (sale, sku.ToUpperInvariant());
        var released = Math.Min(units, _unpicked.GetValueOrDefault(key));
        _unpicked[key] = _unpicked.GetValueOrDefault(key) - released;
        return released;
    }

    /// <summary>What <see cref="Picked"/> would release, without remembering it.</summary>
    public long WouldRelease(Guid? saleId, string sku, long units) =>
        saleId is { } sale ? Math.Min(units, _unpicked.GetValueOrDefault((sale, sku.ToUpperInvariant()))) : 0;

    private static string? Nameable(string externalId) =>
        externalId.Length > 0 && externalId.Trim().Length == externalId.Length && !externalId.Contains('"', StringComparison.Ordinal) && !externalId.Contains('|', StringComparison.Ordinal)
            ? externalId
            : null;
}
