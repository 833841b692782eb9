using Specs.Inventory.Domain;
using Specs.Runner.Cli;

namespace Specs.Runner.Hunting;

/// <summary>The environment variable that switches seeded domain bugs on for a whole `specs` process (for `specs verify` of a found scenario).</summary>
internal static class PlantedBugsVariable
{
    public const string Name = "SPECS_PLANTED_BUGS";

    /// <summary>Switches on the bugs a comma-separated value names; null or empty leaves every bug off.</summary>
    /// <exception cref="UsageException">a name is unknown.</exception>
    public static void Apply(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var bugs = new List<PlantedBug>();
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            bugs.Add(PlantedBugs.TryParse(name, out var bug)
                ? bug
                : throw new UsageException($"{Name} names an unknown planted bug '{name}' (known: {string.Join(", ", Enum.GetValues<PlantedBug>().Select(PlantedBugs.NameOf))})"));
        }

        PlantedBugs.SwitchOn(bugs);
    }
}
