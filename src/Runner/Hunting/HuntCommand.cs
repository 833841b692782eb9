using System.CommandLine;
using System.Globalization;
using Specs.Inventory.Domain;
using Specs.Runner.Cli;

namespace Specs.Runner.Hunting;

/// <summary>The `hunt` subcommand: its options and help, and how they become <see cref="HuntOptions"/>.</summary>
public sealed class HuntCommand
{
    private readonly Option<string?> _histories = new("--histories", "-n")
    {
        Description = $"Random histories to run (default {HuntOptions.DefaultHistories} when no --time-budget).",
    };

    private readonly Option<string?> _timeBudget = new("--time-budget")
    {
        Description = "Keep running histories for this long, e.g. 60s, 5m (instead of a number of histories).",
    };

    private readonly Option<string?> _seed = new("--seed", "-s")
    {
        Description = "The seed of the first history (default: a fresh one, printed). --seed S --histories 1 reruns history S.",
    };

    private readonly Option<string> _target = new("--target")
    {
        Description = "What the histories run on: lmdb (the real system) or sim (each history also on a simulated 3-node cluster under faults).",
        DefaultValueFactory = _ => HuntTarget.Lmdb,
    };

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "Folder for hunt.md, hunt.json and found-SEED.feature.",
        DefaultValueFactory = _ => HuntOptions.DefaultOutDirectory,
    };

    private readonly Option<string[]> _plant = new("--plant")
    {
        Description = "Switch on a seeded domain bug for this hunt (the negative check): pick-keeps-location, hold-never-expires, "
            + "kit-ignores-last-component. Repeatable or comma-separated.",
    };

    public Command Build(Func<HuntOptions, CancellationToken, Task<int>> run)
    {
        var command = new Command("hunt", "Run random command histories against the system with the domain's invariants as oracles; "
            + "shrink a failing history into a Gherkin scenario (reports/hunt/found-SEED.feature) and report what was covered.\n\n"
            + "Examples:\n"
            + "  ./specs.sh hunt --time-budget 60s\n"
            + "  ./specs.sh hunt --histories 50 --seed 1\n"
            + "  ./specs.sh hunt --seed 1234 --histories 1             rerun one history\n"
            + "  ./specs.sh hunt --plant pick-keeps-location           prove the hunter finds a seeded bug\n\n"
            + "Exit codes: 0 every invariant held; 1 an invariant broke (the scenario is written); 2 usage error; 3 internal error. "
            + "With --plant (the negative check) 0 and 1 swap: 0 the planted bug was found (its scenario is written), 1 it was not.");
        foreach (var option in new Option[] { _histories, _timeBudget, _seed, _target, _out, _plant })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellation) => run(ToOptions(parseResult), cancellation));
        return command;
    }

    internal HuntOptions ToOptions(ParseResult parseResult)
    {
        int? histories = null;
        if (parseResult.GetValue(_histories) is { } historiesText)
        {
            histories = int.TryParse(historiesText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1
                ? count
                : throw new UsageException($"--histories must be a whole number of at least 1, not '{historiesText}'");
        }

        TimeSpan? budget = null;
        if (parseResult.GetValue(_timeBudget) is { } budgetText)
        {
            budget = TimeBudget.Require(budgetText);
        }

        if (histories is not null && budget is not null)
        {
            throw new UsageException("give either --histories or --time-budget, not both");
        }

        ulong seed;
        if (parseResult.GetValue(_seed) is { } seedText)
        {
            seed = ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new UsageException($"--seed must be a whole number from 0 to {ulong.MaxValue}, not '{seedText}'");
        }
        else
        {
            seed = (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        }

        var plant = new List<PlantedBug>();
        foreach (var name in (parseResult.GetValue(_plant) ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            plant.Add(PlantedBugs.TryParse(name, out var bug)
                ? bug
                : throw new UsageException($"unknown planted bug '{name}' (known: {string.Join(", ", Enum.GetValues<PlantedBug>().Select(PlantedBugs.NameOf))})"));
        }

        return new HuntOptions(histories, budget, seed, parseResult.GetValue(_target)!, parseResult.GetValue(_out)!, plant);
    }
}
