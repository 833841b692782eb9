using System.Collections.Immutable;

namespace Specs.Inventory.Domain.Kits;

/// <summary>One component of a kit: a product's SKU and the units of it one kit holds.</summary>
public readonly record struct KitComponent(string Sku, long Quantity);

/// <summary>A kit: a product whose units are made of other products' units.</summary>
public sealed record Kit(string Sku, ImmutableArray<KitComponent> Lines);

/// <summary>Kits by their SKU (compared without regard to case).</summary>
public sealed record KitsState
{
    public static KitsState Empty { get; } = new();

    public ImmutableSortedDictionary<string, Kit> Kits { get; private init; } =
        ImmutableSortedDictionary.Create<string, Kit>(StringComparer.OrdinalIgnoreCase);

    public Kit? Find(string sku) => Kits.GetValueOrDefault(sku);

    public KitsState With(Kit kit) => this with { Kits = Kits.SetItem(kit.Sku, kit) };
}
