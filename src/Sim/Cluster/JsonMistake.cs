using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Specs.Sim.Cluster;

/// <summary>
/// A JSON file's mistake as its author reads it: where (the property path, the line and column counted from 1) and
/// what, in words. System.Text.Json names .NET types ("could not be converted to Specs.Sim.Cluster.FaultSchedule",
/// "System.UInt64") and counts lines from 0, which a person editing a schedule by hand cannot act on.
/// </summary>
public static partial class JsonMistake
{
    /// <param name="problem">The reader's exception.</param>
    /// <param name="withLine">
    /// Whether to say the line: not for a file of one JSON value per line (NDJSON), whose caller names the file's line
    /// and where the reader's line is always the first.
    /// </param>
    public static string Describe(JsonException problem, bool withLine = true)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var where = new List<string>();
        if (problem.Path is { Length: > 0 } path && path != "$")
        {
            where.Add($"at {path}");
        }

        if (problem.LineNumber is { } line)
        {
            where.Add(withLine
                ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, column {(problem.BytePositionInLine ?? 0) + 1}")
                : string.Create(CultureInfo.InvariantCulture, $"column {(problem.BytePositionInLine ?? 0) + 1}"));
        }

        return (where.Count > 0 ? string.Join(", ", where) + ": " : "") + What(problem.Message);
    }

    private static string What(string message)
    {
        if (Converted().Match(message) is { Success: true } converted)
        {
            return $"expected {Expected(converted.Groups["type"].Value)}";
        }

        if (Missing().Match(message) is { Success: true } missing)
        {
            return $"the required {missing.Groups["names"].Value.Replace("'", "\"", StringComparison.Ordinal)} {(missing.Groups["names"].Value.Contains(',', StringComparison.Ordinal) ? "are" : "is")} missing";
        }

        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "there is no JSON in it (an empty file?)";
        }

        if (message.Contains("Expected depth to be zero at the end of the JSON payload", StringComparison.Ordinal))
        {
            return "the JSON ends before every object and list in it is closed (a truncated file?)";
        }

        // Otherwise the reader's own sentence, without the position it repeats ("... Path: $ | LineNumber: 0 ...", or
        // "... LineNumber: 2 | BytePositionInLine: 12." from the reader alone).
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal) is >= 0 and var path ? path : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        var sentence = (cut >= 0 ? message[..cut] : message).Trim();
        return sentence.Length > 0 ? char.ToLowerInvariant(sentence[0]) + sentence[1..].TrimEnd('.') : "not valid JSON";
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.UInt64" or "System.UInt32" => "a whole number",
        "System.Double" => "a number",
        "System.String" => "a string",
        "System.Boolean" => "true or false",
        _ when type.StartsWith("System.Collections.Generic.", StringComparison.Ordinal) => "a list",
        // "the name of a kind" did not say which names there are, and read as wrong for a string that names none.
        _ when type == typeof(FaultKind).FullName => $"the name of a fault kind, a string, one of {string.Join(", ", Enum.GetNames<FaultKind>())}",
        _ when type.EndsWith("Kind", StringComparison.Ordinal) => "the name of a kind (a string such as \"Crash\")",
        _ => "a JSON object",
    };

    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\], ]+?)\.( Path|$)")]
    private static partial Regex Converted();

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?( Path|$)")]
    private static partial Regex Missing();
}
