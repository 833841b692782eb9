namespace Specs.Inventory.Domain;

/// <summary>A domain bug that can be planted on purpose, to prove that the hunter (<c>specs hunt --plant</c>) finds it.</summary>
public enum PlantedBug
{
    /// <summary>A pick moves the units to Picked but leaves them on hand at the location as well (R-8.4 broken).</summary>
    PickKeepsLocation,

    /// <summary>A hold never falls due, so it keeps its units past its expiry (R-7.3 broken).</summary>
    HoldNeverExpires,

    /// <summary>Kit availability ignores the kit's last line, so a kit looks buildable without that component (R-2.7 broken).</summary>
    KitIgnoresLastComponent,
}

/// <summary>
/// Switches for seeded domain bugs, the negative check of the hunter: with one switched on, the hunter must
/// find a history that breaks an invariant. Every switch is off unless a test or <c>specs hunt --plant</c>
/// (or <c>SPECS_PLANTED_BUGS</c> for <c>specs verify</c>) turns it on; the production host never does.
/// </summary>
/// <remarks>
/// Process-wide on purpose: the hunter, the runner and a found scenario's steps all run the same domain code
/// in one process, and a planted bug must act the same in all of them. Each check is one volatile read of an
/// immutable set, so the switches cost nothing measurable when off.
/// </remarks>
public static class PlantedBugs
{
    private static volatile IReadOnlySet<PlantedBug> _active = new HashSet<PlantedBug>();

    /// <summary>The bugs switched on now.</summary>
    public static IReadOnlySet<PlantedBug> Active => _active;

    /// <summary>Whether <paramref name="bug"/> is switched on.</summary>
    public static bool IsOn(PlantedBug bug) => _active.Count != 0 && _active.Contains(bug);

    /// <summary>Switches exactly <paramref name="bugs"/> on (none: every bug off).</summary>
    public static void SwitchOn(IEnumerable<PlantedBug> bugs)
    {
        ArgumentNullException.ThrowIfNull(bugs);
        _active = new HashSet<PlantedBug>(bugs);
    }

    /// <summary>Switches every bug off.</summary>
    public static void SwitchOff() => _active = new HashSet<PlantedBug>();

    /// <summary>The bug's name as the command line spells it: pick-keeps-location, hold-never-expires, kit-ignores-last-component.</summary>
    public static string NameOf(PlantedBug bug) => bug switch
    {
        PlantedBug.PickKeepsLocation => "pick-keeps-location",
        PlantedBug.HoldNeverExpires => "hold-never-expires",
        PlantedBug.KitIgnoresLastComponent => "kit-ignores-last-component",
        _ => throw new ArgumentOutOfRangeException(nameof(bug), bug, "Unknown planted bug."),
    };

    /// <summary>Reads a name as <see cref="NameOf"/> spells it (without regard to case).</summary>
    public static bool TryParse(string name, out PlantedBug bug)
    {
        foreach (var candidate in Enum.GetValues<PlantedBug>())
        {
            if (string.Equals(NameOf(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                bug = candidate;
                return true;
            }
        }

        bug = default;
        return false;
    }
}
