using System.Collections.Immutable;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Domain.ReferenceData;

/// <summary>One reason, supplier or channel as the rules see it.</summary>
public sealed record ReferenceEntry(ReferenceKind Kind, string Name, bool IsActive);

/// <summary>
/// Reasons, suppliers and channels by name. Names compare without regard to case ("Damaged" and
/// "damaged" are one reason); sorted maps keep every listing in one deterministic order.
/// </summary>
public sealed record ReferenceDataState
{
    private static readonly ImmutableSortedDictionary<string, ReferenceEntry> NoEntries =
        ImmutableSortedDictionary.Create<string, ReferenceEntry>(StringComparer.OrdinalIgnoreCase);

    public static ReferenceDataState Empty { get; } = new();

    public ImmutableSortedDictionary<string, ReferenceEntry> Reasons { get; init; } = NoEntries;

    public ImmutableSortedDictionary<string, ReferenceEntry> Suppliers { get; init; } = NoEntries;

    public ImmutableSortedDictionary<string, ReferenceEntry> Channels { get; init; } = NoEntries;

    public ImmutableSortedDictionary<string, ReferenceEntry> Of(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Reason => Reasons,
        ReferenceKind.Supplier => Suppliers,
        ReferenceKind.Channel => Channels,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of reference data."),
    };

    public ReferenceEntry? Find(ReferenceKind kind, string name) => Of(kind).GetValueOrDefault(name);

    public ReferenceDataState With(ReferenceEntry entry) => entry.Kind switch
    {
        ReferenceKind.Reason => this with { Reasons = Reasons.SetItem(entry.Name, entry) },
        ReferenceKind.Supplier => this with { Suppliers = Suppliers.SetItem(entry.Name, entry) },
        ReferenceKind.Channel => this with { Channels = Channels.SetItem(entry.Name, entry) },
        _ => throw new ArgumentOutOfRangeException(nameof(entry), entry.Kind, "Unknown kind of reference data."),
    };
}
