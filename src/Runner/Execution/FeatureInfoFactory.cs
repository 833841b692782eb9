using System.Collections.Concurrent;
using System.Globalization;
using Reqnroll;
using Specs.Runner.Discovery;

namespace Specs.Runner.Execution;

/// <summary>Builds Reqnroll's FeatureInfo for a parsed feature. One instance per feature per run: Reqnroll compares them by reference.</summary>
public static class FeatureInfoFactory
{
    private static readonly ConcurrentDictionary<string, CultureInfo> SpecificCultures = new(StringComparer.Ordinal);

    public static FeatureInfo Create(ParsedFeature feature)
    {
        var gherkin = feature.Document.Feature!;
        CultureInfo language;
        try
        {
            language = CultureInfo.GetCultureInfo(gherkin.Language);
        }
        catch (CultureNotFoundException)
        {
            language = CultureInfo.GetCultureInfo("en-US");
        }

        // Reqnroll sets the binding culture around every binding call, and for a neutral culture ("en") it
        // looks the specific one up again each time by reloading the Gherkin dialect: several hundred
        // microseconds per step. Resolving it here, once per language, skips that lookup ("en" -> "en-US").
        if (language.IsNeutralCulture)
        {
            language = SpecificCultures.GetOrAdd(language.Name, CultureInfo.CreateSpecificCulture);
        }

        return new FeatureInfo(
            language,
            Path.GetDirectoryName(feature.Uri) ?? "",
            gherkin.Name,
            gherkin.Description,
            ProgrammingLanguage.CSharp,
            gherkin.Tags.Select(tag => tag.Name.TrimStart('@')).ToArray());
    }
}
