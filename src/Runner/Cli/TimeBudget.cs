using System.Globalization;

namespace Specs.Runner.Cli;

/// <summary>
/// `--time-budget` of `hunt` and `faults`: 60s, 5m, 1h or a plain number of seconds. One parser for both, since
/// `faults` had its own that refused the 1h hunt's help offers and let 1e300s or Infinity overflow into a stack trace.
/// </summary>
public static class TimeBudget
{
    /// <summary>The longest budget taken: longer ones (99999999999999999h) overflowed TimeSpan.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365);

    /// <summary>The budget <paramref name="text"/> gives, more than 0 and at most <see cref="Longest"/>; null when it is not one.</summary>
    public static TimeSpan? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        var (number, unit) = text.Length > 0 && char.IsLetter(text[^1]) ? (text[..^1], text[^1]) : (text, 's');
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        double? seconds = unit switch
        {
            's' => value,
            'm' => value * 60,
            'h' => value * 3600,
            _ => null,
        };
        return seconds is { } total && total <= Longest.TotalSeconds ? TimeSpan.FromSeconds(total) : null;
    }

    /// <summary>The budget <paramref name="text"/> gives.</summary>
    /// <exception cref="UsageException">it is not a duration, or is longer than <see cref="Longest"/>.</exception>
    public static TimeSpan Require(string text) =>
        Parse(text) ?? throw new UsageException($"--time-budget must be a duration such as 60s, 5m or 1h (at most {Longest.TotalDays:0} days), not '{text}'");
}
