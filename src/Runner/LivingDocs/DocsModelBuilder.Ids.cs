using System.Globalization;
using System.Text.RegularExpressions;

namespace Specs.Runner.LivingDocs;

/// <summary>Names and ids of areas, features and scenarios: derived from file paths and scenario names, stable across shards and runs.</summary>
public static partial class DocsModelBuilder
{
    /// <summary>The folder every feature lives under (specs/ for the repository), so areas are its first-level folders.</summary>
    internal static string CommonFolder(IReadOnlyList<string> uris)
    {
        if (uris.Count == 0)
        {
            return "";
        }

        var folders = uris.Select(uri => uri.Split('/')[..^1]).ToList();
        var common = new List<string>();
        for (var i = 0; folders.All(parts => parts.Length > i) && folders.All(parts => parts[i] == folders[0][i]); i++)
        {
            common.Add(folders[0][i]);
        }

        // With a single area every feature shares its folder too; keep that folder as the area.
        if (common.Count > 0 && folders.All(parts => parts.Length == common.Count) && uris.Count > 0 && common.Count == folders[0].Length)
        {
            common.RemoveAt(common.Count - 1);
        }

        return string.Join('/', common);
    }

    internal static string FeatureId(string uri, string root)
    {
        var relative = root.Length > 0 && uri.StartsWith(root + "/", StringComparison.Ordinal) ? uri[(root.Length + 1)..] : uri;
        return relative.EndsWith(".feature", StringComparison.Ordinal) ? relative[..^".feature".Length] : relative;
    }

    internal static string AreaId(string featureId)
    {
        var slash = featureId.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "general" : featureId[..slash];
    }

    /// <summary>"reference-data" → "Reference data"; "ProductCreated" → "Product created".</summary>
    public static string Humanize(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        var spaced = CamelBoundary().Replace(name.Replace('-', ' ').Replace('_', ' '), " ");
        var words = spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words.Select((word, i) => i == 0 || word.All(char.IsUpper) && word.Length > 1 ? word : word.ToLowerInvariant()));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A URL-safe id in words: "A product without stock" → "a-product-without-stock".</summary>
    internal static string Slug(string text)
    {
        var slug = NonWord().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "scenario" : slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    private static string UniqueId(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelBoundary();
}
