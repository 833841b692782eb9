using System.Text.RegularExpressions;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// Rule ids among a scenario's tags: a scenario pins the rules of docs/domain-rules.md it is tagged with,
/// written <c>@R-4.3</c> (area 4, rule 3). Other tags (<c>@ledger</c>, <c>@time</c>) are not rules.
/// </summary>
public static partial class RuleTags
{
    /// <summary>The rule ids (<c>R-4.3</c>, without the @) among <paramref name="tags"/>, once each, in tag order.</summary>
    public static IReadOnlyList<string> RuleIds(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return tags.Select(tag => tag.TrimStart('@')).Where(IsRuleId).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether <paramref name="text"/> is a rule id such as <c>R-14.1</c>.</summary>
    public static bool IsRuleId(string text) => RuleIdPattern().IsMatch(text);

    [GeneratedRegex(@"^R-[0-9]+\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();
}
