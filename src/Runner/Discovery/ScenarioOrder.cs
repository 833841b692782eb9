using System.Globalization;
using Specs.Runner.Cli;

namespace Specs.Runner.Discovery;

/// <summary>`--order defined|random[:SEED]`: defined is file then line order; random shuffles with a printed seed.</summary>
public sealed record ScenarioOrder(bool IsRandom, int Seed)
{
    public static readonly ScenarioOrder Defined = new(false, 0);

    public static ScenarioOrder Parse(string text)
    {
        if (text == "defined")
        {
            return Defined;
        }

        if (text == "random")
        {
            return new ScenarioOrder(true, Random.Shared.Next(1, int.MaxValue));
        }

        if (text.StartsWith("random:", StringComparison.Ordinal)
            && int.TryParse(text["random:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return new ScenarioOrder(true, seed);
        }

        throw new UsageException($"--order must be defined, random or random:SEED (a non-negative integer), not '{text}'");
    }

    public override string ToString() => IsRandom ? $"random:{Seed}" : "defined";
}
