using System.Globalization;
using Reqnroll;
using Specs.Runner.Discovery;

namespace Specs.Runner.Execution;

/// <summary>Builds Reqnroll's FeatureInfo for a parsed feature. One instance per feature per run: Reqnroll compares them by reference.</summary>
public static class FeatureInfoFactory
{
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

        return new FeatureInfo(
            language,
            Path.GetDirectoryName(feature.Uri) ?? "",
            gherkin.Name,
            gherkin.Description,
            ProgrammingLanguage.CSharp,
            gherkin.Tags.Select(tag => tag.Name.TrimStart('@')).ToArray());
    }
}
