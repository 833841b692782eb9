using System.Collections.Immutable;

namespace Specs.Inventory.Domain.Kits;

/// <summary>One component of a kit: a product's SKU and the units of it one kit holds.</summary>
public readonly record struct KitComponent(string Sku, long Quantity);

/// <summary>A kit: a product whose units are made of other products' units.</summary>
public sealed record Kit(string Sku, ImmutableArray<KitComponent> Lines);

/// <summary>Kits by their SKU (compared without regard to case).</summary>
public sealed record KitsState
{
    private static readonly ImmutableSortedSet<string> NoKits = ImmutableSortedSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    public static KitsState Empty { get; } = new();

    public ImmutableSortedDictionary<string, Kit> Kits { get; private init; } =
        ImmutableSortedDictionary.Create<string, Kit>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// For each component, the kits whose lines name it directly: what tells a view or a channel push
    /// which kits' availability moves when a component's stock moves, without scanning every kit.
    /// Invariant: <c>UsedIn[c]</c> contains <c>k</c> exactly when kit <c>k</c>'s lines name <c>c</c>.
    /// </summary>
    public ImmutableSortedDictionary<string, ImmutableSortedSet<string>> UsedIn { get; private init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedSet<string>>(StringComparer.OrdinalIgnoreCase);

    public Kit? Find(string sku) => Kits.GetValueOrDefault(sku);

    /// <summary>The kits whose lines name <paramref name="component"/> directly.</summary>
    public ImmutableSortedSet<string> KitsUsing(string component) => UsedIn.GetValueOrDefault(component) ?? NoKits;

    public KitsState With(Kit kit)
    {
        var usedIn = UsedIn;
        foreach (var line in Find(kit.Sku)?.Lines ?? [])
        {
            var remaining = KitsUsingIn(usedIn, line.Sku).Remove(kit.Sku);
            usedIn = remaining.IsEmpty ? usedIn.Remove(line.Sku) : usedIn.SetItem(line.Sku, remaining);
        }

        foreach (var line in kit.Lines)
        {
            usedIn = usedIn.SetItem(line.Sku, KitsUsingIn(usedIn, line.Sku).Add(kit.Sku));
        }

        return this with { Kits = Kits.SetItem(kit.Sku, kit), UsedIn = usedIn };
    }

    private static ImmutableSortedSet<string> KitsUsingIn(ImmutableSortedDictionary<string, ImmutableSortedSet<string>> usedIn, string component) =>
        usedIn.GetValueOrDefault(component) ?? NoKits;
}
