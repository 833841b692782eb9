using System.Text.RegularExpressions;

namespace Specs.Inventory.Tests.Contracts;

/// <summary>
/// Compares two versions of the exported .fbs schema and lists every change that would make values
/// written with the old one unreadable or misread: a table, field, enum member or union member that
/// is gone or renumbered, a field whose type changed, or another file identifier or root type.
/// Appends (new tables, new fields with new ids, new members) are compatible.
/// </summary>
internal static partial class SchemaCompatibility
{
    public static IReadOnlyList<string> Breaks(string committed, string generated)
    {
        var before = Parse(committed);
        var after = Parse(generated);
        var breaks = new List<string>();
        foreach (var (key, value) in before)
        {
            if (!after.TryGetValue(key, out var now))
            {
                breaks.Add($"{key} ({value}) is gone");
            }
            else if (now != value)
            {
                breaks.Add($"{key} changed from {value} to {now}");
            }
        }

        return breaks;
    }

    /// <summary>
    /// Flattens a schema into facts that must never change: "table T field 3" → "long", "enum E member
    /// Lot" → "1", "union Event member X" → "49", "file_identifier" → "SPEV", "root_type" → name.
    /// </summary>
    public static Dictionary<string, string> Parse(string schema)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? block = null;
        foreach (var raw in schema.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            Match match;
            if ((match = BlockStart().Match(line)).Success)
            {
                block = match.Groups["kind"].Value + " " + match.Groups["name"].Value;
                if (match.Groups["base"].Success)
                {
                    facts[block + " base"] = match.Groups["base"].Value;
                }
            }
            else if (line == "}")
            {
                block = null;
            }
            else if (block is not null && (match = TableField().Match(line)).Success)
            {
                facts[$"{block} field {match.Groups["id"].Value}"] = match.Groups["type"].Value + match.Groups["optional"].Value;
            }
            else if (block is not null && (match = Member().Match(line)).Success)
            {
                facts[$"{block} member {match.Groups["name"].Value}"] = match.Groups["value"].Value;
            }
            else if (block is not null && (match = StructField().Match(line)).Success)
            {
                facts[$"{block} field {match.Groups["name"].Value}"] = match.Groups["type"].Value;
            }
            else if ((match = Declaration().Match(line)).Success)
            {
                facts[match.Groups["kind"].Value] = match.Groups["value"].Value;
            }
        }

        return facts;
    }

    [GeneratedRegex(@"^(?<kind>table|struct|enum|union) (?<name>\w+)( : (?<base>\w+))? \{$")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(?<name>\w+): (?<type>\[?\w+\]?)(?<optional> = null)? \(id: (?<id>\d+)\);$")]
    private static partial Regex TableField();

    [GeneratedRegex(@"^(?<name>\w+): (?<type>\w+);$")]
    private static partial Regex StructField();

    [GeneratedRegex(@"^(?<name>\w+) = (?<value>-?\d+),?$")]
    private static partial Regex Member();

    [GeneratedRegex(@"^(?<kind>file_identifier|root_type|namespace) ""?(?<value>[\w.]+)""?;$")]
    private static partial Regex Declaration();
}
