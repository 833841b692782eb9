using System.Collections.Immutable;
using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Domain.Kits;

/// <summary>The checks on a kit's lines, shared by creating a kit and changing its lines.</summary>
internal static class KitLines
{
    /// <summary>Null when the lines are valid for kit <paramref name="kitSku"/>; <paramref name="lines"/> then name components by their SKU.</summary>
    public static DomainError? Check(InventoryState state, string kitSku, IReadOnlyList<KitLine> requested, out ImmutableArray<KitComponent> lines)
    {
        lines = [];
        if (requested.Count is 0 or > KitRules.MaxLines)
        {
            return new KitLineCountInvalid(kitSku, requested.Count, KitRules.MaxLines);
        }

        var resolved = ImmutableArray.CreateBuilder<KitComponent>(requested.Count);
        foreach (var line in requested)
        {
            var code = Codes.Normalize(line.Sku);
            var component = state.Catalog.Resolve(code);
            DomainError? refused = component is null ? new UnknownComponent(kitSku, code)
                : !component.IsActive ? new InactiveComponent(kitSku, component.Sku)
                : component.Sku.Equals(kitSku, StringComparison.OrdinalIgnoreCase) ? new KitContainsItself(kitSku, $"{kitSku} > {kitSku}")
                : line.Quantity is < 1 or > KitRules.MaxUnitsPerKit ? new InvalidComponentQuantity(kitSku, component.Sku, line.Quantity, KitRules.MaxUnitsPerKit)
                : resolved.Any(seen => seen.Sku == component.Sku) ? new DuplicateComponent(kitSku, component.Sku)
                : PathBack(state.Kits, component.Sku, kitSku) is { } path ? new KitContainsItself(kitSku, $"{kitSku} > {path}")
                : null;
            if (refused is not null)
            {
                return refused;
            }

            resolved.Add(new KitComponent(component!.Sku, line.Quantity));
        }

        lines = resolved.MoveToImmutable();
        return null;
    }

    /// <summary>Whether two sets of lines hold the same components in the same quantities, in any order.</summary>
    public static bool SameSet(ImmutableArray<KitComponent> current, ImmutableArray<KitComponent> requested) =>
        current.Length == requested.Length && current.OrderBy(line => line.Sku, StringComparer.Ordinal).SequenceEqual(requested.OrderBy(line => line.Sku, StringComparer.Ordinal));

    /// <summary>
    /// The path of kits from <paramref name="from"/> down to <paramref name="target"/> ("B > C > A"), or
    /// null when <paramref name="target"/> is not among its components at any depth. Kit definitions never
    /// hold a cycle (this check keeps it so), so the search ends.
    /// </summary>
    private static string? PathBack(KitsState kits, string from, string target)
    {
        if (kits.Find(from) is not { } kit)
        {
            return null;
        }

        foreach (var line in kit.Lines)
        {
            if (line.Sku.Equals(target, StringComparison.OrdinalIgnoreCase))
            {
                return $"{from} > {line.Sku}";
            }

            if (PathBack(kits, line.Sku, target) is { } rest)
            {
                return $"{from} > {rest}";
            }
        }

        return null;
    }
}
