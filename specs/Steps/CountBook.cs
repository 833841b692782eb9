using System.Security.Cryptography;
using System.Text;

namespace Specs.Steps;

/// <summary>One line of a cycle count as the scenario's past left it: the SKU (and lot) at a location, its snapshot and its last count.</summary>
public sealed class CountBookLine(string sku, string location, string? lot, long snapshot)
{
    public string Sku { get; } = sku;

    public string Location { get; } = location;

    public string? Lot { get; } = lot;

    /// <summary>Units on hand when the count started; zero for stock found outside the snapshot.</summary>
    public long Snapshot { get; } = snapshot;

    /// <summary>The last count recorded for the line, or null while uncounted.</summary>
    public long? Counted { get; set; }

    public long Expected { get; set; }

    public long Variance { get; set; }

    public bool RecountPending { get; set; }

    public bool Is(string sku, string location, string? lot) =>
        GivenStock.Same(Sku, sku) && GivenStock.Same(Location, location) && GivenStock.Same(Lot ?? "", lot ?? "");
}

/// <summary>A cycle count a scenario refers to by a label ("C-1"): the id it was given, and what it holds so far.</summary>
public sealed class CountBookEntry(string label, Guid id, string warehouse, IReadOnlyList<string> locations, string reason)
{
    public string Label { get; } = label;

    public Guid Id { get; } = id;

    public string Warehouse { get; } = warehouse;

    public IReadOnlyList<string> Locations { get; } = locations;

    public string Reason { get; } = reason;

    /// <summary>Snapshot lines first (in the snapshot's order), then lines found outside it, in the order they were counted.</summary>
    public List<CountBookLine> Lines { get; } = [];

    public CountBookLine? Find(string sku, string location, string? lot) => Lines.FirstOrDefault(line => line.Is(sku, location, lot));
}

/// <summary>
/// The cycle counts of one scenario, by label. Reqnroll makes one per scenario and hands the same one to
/// every binding that asks for it, so a Then can name "the cycle count C-1" that a Given started and know
/// its id, its snapshot and which lines were counted before. A count the scenario never started (to be
/// refused as unknown) still has a stable id derived from its label.
/// </summary>
public sealed class CountBook
{
    private readonly Dictionary<string, CountBookEntry> _counts = new(StringComparer.OrdinalIgnoreCase);

    public CountBookEntry Add(string label, string warehouse, IReadOnlyList<string> locations, string reason)
    {
        var entry = new CountBookEntry(label, IdOf(label), warehouse, locations, reason);
        _counts[label] = entry;
        return entry;
    }

    public CountBookEntry Get(string label) =>
        _counts.GetValueOrDefault(label) ?? throw new ArgumentException($"The scenario has not started a cycle count '{label}': start it in a Given step first.", nameof(label));

    public CountBookEntry? Find(string label) => _counts.GetValueOrDefault(label);

    /// <summary>The label of the count with this id, or the id itself when the scenario never named it.</summary>
    public string LabelOf(Guid id) => _counts.Values.FirstOrDefault(entry => entry.Id == id)?.Label ?? id.ToString();

    /// <summary>The id of the count labelled <paramref name="label"/>: derived from the label, so every run records the same bytes.</summary>
    public static Guid IdOf(string label) => new(SHA256.HashData(Encoding.UTF8.GetBytes("count:" + label.ToLowerInvariant())).AsSpan(0, 16));

    /// <summary>"A-01", "A-01 and A-02" or "A-01, A-02 and A-03" as a list of codes.</summary>
    public static IReadOnlyList<string> ListOf(string codes) =>
        [.. codes.Replace(" and ", ",", StringComparison.Ordinal).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
