using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Kits;
using Specs.Inventory.Domain.Stock;
using Specs.Inventory.Storage;
using Specs.Inventory.Views.Stock;
using static Specs.Inventory.Views.ViewRows;

namespace Specs.Inventory.Views.Kits;

/// <summary>One kit's lines and availability: its own assembled Available plus what its components could still make.</summary>
public sealed record KitRow(string Sku, long Availability, long Assembled, long Buildable, IReadOnlyList<KitComponent> Lines);

/// <summary>
/// Area 2 as a query model, in subspace <c>0B</c>: <c>(kit sku)</c> → <c>(sku, availability, assembled
/// available, buildable, ((component, units)…))</c>, the SKU folded to lower case. A kit is recomputed
/// when its lines change and whenever the stock of the kit or of any component at any depth moves
/// (<see cref="KitAvailability.KitsAffectedBy"/>).
/// </summary>
public sealed class KitAvailabilityView : IView, IViewColumns
{
    public static KitAvailabilityView Instance { get; } = new();

    public string Name => "kits";

    public int Version => 2;

    public Storage.Tuples.Subspace Subspace => ViewSubspaces.Kits;

    public IReadOnlyList<ViewRowKind> RowKinds { get; } =
    [
        new("kit", [ViewColumn.Text("sku")],
            [
                ViewColumn.Text("sku"), ViewColumn.Number("availability"), ViewColumn.Number("assembled"), ViewColumn.Number("buildable"),
                ViewColumn.Nested("lines", ViewColumn.Text("sku"), ViewColumn.Number("quantity")),
            ]),
    ];

    public void Apply(IViewWriter view, in EventEnvelope envelope, IEventContract payload, InventoryState after)
    {
        // A warehouse without kits (or an event touching no kit and no component) has nothing here to
        // recompute: checked before any set is built, as most events of a replay are such events.
        if (after.Kits.Kits.IsEmpty)
        {
            return;
        }

        var touched = payload switch
        {
            KitCreated created => [created.Sku],
            KitLinesChanged changed => [changed.Sku],
            _ => StockTouches.Of(payload, after).Select(touch => touch.Sku).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        };

        SortedSet<string>? kits = null;
        foreach (var sku in touched)
        {
            var isKit = after.Kits.Find(sku) is not null;
            if (!isKit && after.Kits.KitsUsing(sku).IsEmpty)
            {
                continue;
            }

            kits ??= new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            if (isKit)
            {
                kits.Add(sku);
            }

            kits.UnionWith(KitAvailability.KitsAffectedBy(after, sku));
        }

        foreach (var sku in kits ?? [])
        {
            var kit = after.Kits.Find(sku)!;
            var assembled = StockFigures.Of(after, kit.Sku).Available;
            var buildable = KitAvailability.Buildable(after, kit);
            object?[] lines = [.. kit.Lines.Select(line => (object?)new object?[] { line.Sku, line.Quantity })];
            Set(view, ViewSubspaces.Kits.Pack(Fold(kit.Sku)), [kit.Sku, assembled + buildable, assembled, buildable, lines]);
        }
    }

    public static KitRow? Find(IReadTransaction transaction, string kitSku) =>
        ViewRows.Find(transaction, ViewSubspaces.Kits.Pack(Fold(kitSku))) is { } row ? Decode(row) : null;

    /// <summary>Kits in SKU order (lower-cased).</summary>
    public static IReadOnlyList<KitRow> List(IReadTransaction transaction, string? afterSku = null, int limit = 100) =>
        [.. ViewRows.List(transaction, ViewSubspaces.Kits, [], limit, afterSku is null ? null : ViewSubspaces.Kits.Pack(Fold(afterSku))).Select(Decode)];

    private static KitRow Decode(IReadOnlyList<object?> row) =>
        new(Text(row, 0), Number(row, 1), Number(row, 2), Number(row, 3),
            [.. ((IReadOnlyList<object?>)row[4]!).Cast<IReadOnlyList<object?>>().Select(line => new KitComponent(Text(line, 0), Number(line, 1)))]);
}
