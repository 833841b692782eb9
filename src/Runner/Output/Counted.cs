using System.Globalization;

namespace Specs.Runner.Output;

/// <summary>A count with its noun in the right number for a message: "1 history", "2 histories".</summary>
public static class Counted
{
    public static string Of(long count, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
