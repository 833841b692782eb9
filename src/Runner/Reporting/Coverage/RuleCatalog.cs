using System.Globalization;
using Specs.Inventory.Scenarios;
using Specs.Runner.Cli;

namespace Specs.Runner.Reporting.Coverage;

/// <summary>One rule of the rules file: its id, the area (the heading above its table) and its statement.</summary>
public sealed record RuleEntry(string Id, string Area, string Statement)
{
    /// <summary>
    /// What the rest of the rule's row links it to, each under its column's heading ("command → events",
    /// "refusal", "pinned by" in docs/domain-rules.md); empty cells are left out. The living documentation shows them.
    /// </summary>
    public IReadOnlyList<RuleLink> Links { get; init; } = [];
}

/// <summary>A cell of a rule's row after its statement, with the heading of its column.</summary>
public sealed record RuleLink(string Heading, string Text);

/// <summary>
/// The rule ids a coverage report must find exercised, read from the Markdown rules file (docs/domain-rules.md,
/// `"rules"` in specs.json or `--rules`). A rule table is a Markdown table whose first column is headed
/// <c>rule</c>; each of its rows starts with a rule id (<c>R-4.3</c>) and then the rule's statement. The area is
/// the nearest <c>##</c> heading above the table. A rule whose statement starts with "Retired" keeps its id but
/// needs no scenario. Anything else in the file (prose, other tables) is ignored.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Reads the rules of <paramref name="path"/>; <paramref name="shownPath"/> is how messages name it.</summary>
    /// <exception cref="UsageException">the file is missing, has no rule table, or a row is malformed or repeats an id.</exception>
    public static IReadOnlyList<RuleEntry> Load(string path, string shownPath)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"the rules file {shownPath} does not exist (\"rules\" in specs.json or --rules names the Markdown file with the rule tables)");
        }

        return Parse(File.ReadAllLines(path), shownPath);
    }

    /// <summary>Parses the lines of a rules file; see <see cref="RuleCatalog"/> for the format.</summary>
    public static IReadOnlyList<RuleEntry> Parse(IReadOnlyList<string> lines, string shownPath)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rules = new List<RuleEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var area = "";
        var inRuleTable = false;
        List<string> headings = [];
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index].Trim();
            var lineNumber = index + 1;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                area = line[3..].Trim();
            }

            if (!line.StartsWith('|'))
            {
                inRuleTable = false;
                continue;
            }

            var cells = Cells(line);
            if (!inRuleTable)
            {
                // A table starts: it is a rule table when its header's first cell is "rule".
                inRuleTable = cells.Count > 0 && string.Equals(cells[0], "rule", StringComparison.OrdinalIgnoreCase);
                headings = cells;
                continue;
            }

            if (cells.All(cell => cell.Length > 0 && cell.All(character => character is '-' or ':')))
            {
                continue;
            }

            if (cells.Count < 2 || !RuleTags.IsRuleId(cells[0]))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                    $"{shownPath}:{lineNumber}: a row of a rule table must start with a rule id such as R-4.3 and then the rule's statement, found '{cells.FirstOrDefault() ?? ""}'"));
            }

            if (seen.TryGetValue(cells[0], out var firstLine))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                    $"{shownPath}:{lineNumber}: rule {cells[0]} is listed twice (first at line {firstLine}); every rule has one id"));
            }

            seen[cells[0]] = lineNumber;
            if (!cells[1].StartsWith("Retired", StringComparison.OrdinalIgnoreCase))
            {
                // A cell beyond the header's columns has no heading to show it under; it is still what the row says.
                var links = cells.Skip(2).Select((text, i) => new RuleLink(i + 2 < headings.Count ? headings[i + 2] : "", text))
                    .Where(link => link.Text.Length > 0).ToList();
                rules.Add(new RuleEntry(cells[0], area, cells[1]) { Links = links });
            }
        }

        if (seen.Count == 0)
        {
            throw new UsageException($"{shownPath}: no rule table found (a Markdown table whose first column is headed 'rule' and whose rows start with ids such as R-4.3)");
        }

        return rules;
    }

    /// <summary>The cells of a table row; a <c>\|</c> inside a cell is not a separator.</summary>
    private static List<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length && row[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (row[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(row[i]);
            }
        }

        if (cell.ToString().Trim() is { Length: > 0 } last)
        {
            cells.Add(last);
        }

        return cells;
    }
}
