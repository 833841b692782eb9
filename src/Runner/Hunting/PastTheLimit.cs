namespace Specs.Runner.Hunting;

/// <summary>
/// Inputs one past a limit docs/domain-rules.md states, which the generators draw now and then so that each limit's
/// refusal meets random histories: drawn only as the wild field of one command in fifteen, a note of 201 characters,
/// a sale line of 10^6 + 1 units or a push of 1,001 SKUs never came up, and those rules' refusals were never returned
/// in a minute of hunting. The values are the documented ones, not read from the domain's code, so a limit that moves
/// without its rule table shows up as a refusal the hunt no longer reaches.
/// </summary>
internal static class PastTheLimit
{
    /// <summary>How often a field that has a limit gets the value one past it: rare enough that the valid paths keep their share.</summary>
    public const double Chance = 0.04;

    /// <summary>R-1.2: codes are 1-64 characters (a receipt id, R-5.6).</summary>
    public static string Code { get; } = new('X', 65);

    /// <summary>R-1.2, R-7.1, R-9.1: names and notes are up to 200 characters.</summary>
    public static string Note { get; } = new('N', 201);

    /// <summary>R-2.2: a kit line is 1-10,000 units of its component.</summary>
    public const long ComponentUnits = 10_001;

    /// <summary>R-6.2: a sale line is 1 to 1,000,000 units.</summary>
    public const long SaleLineUnits = 1_000_001;

    /// <summary>R-5.1: a unit cost is 0 to 10^9 minor units.</summary>
    public const long UnitCostMinor = 1_000_000_001;

    /// <summary>R-4.3: a slot holds at most 10^12 units.</summary>
    public const long SlotUnits = 1_000_000_000_000;

    /// <summary>R-13.4: a push names at most 1,000 SKUs; one more, from the pool's SKUs over and over.</summary>
    public static IReadOnlyList<string> SkusToPush { get; } =
        [.. Enumerable.Range(0, 1_001).Select(i => HuntVocabulary.Products[i % HuntVocabulary.Products.Count].Sku)];

    /// <summary>The units that take a slot holding <paramref name="onHand"/> (at least one) one past its capacity, each within a command's own bound.</summary>
    public static long UnitsToOverfill(long onHand) => SlotUnits - onHand + 1;
}
