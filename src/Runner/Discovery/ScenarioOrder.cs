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

        if (text.StartsWith("random:", StringComparison.Ordinal))
        {
            var digits = text["random:".Length..];
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            {
                return new ScenarioOrder(true, seed);
            }

            // "A non-negative integer" did not say why 99999999999999999999 is not one: the seed has a range.
            if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
            {
                throw new UsageException($"--order random:SEED takes a seed from 0 to {int.MaxValue}, not {digits}");
            }
        }

        throw new UsageException($"--order must be defined, random or random:SEED (SEED a whole number from 0 to {int.MaxValue}), not '{text}'");
    }

    public override string ToString() => IsRandom ? $"random:{Seed}" : "defined";
}
