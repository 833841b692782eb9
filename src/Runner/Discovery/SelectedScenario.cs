using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Discovery;

/// <summary>A pickle chosen to run, with its feature and its position in the defined order.</summary>
public sealed record SelectedScenario(ParsedFeature Feature, Pickle Pickle, int DefinedPosition)
{
    public long Line => Feature.Index.Line(Pickle);

    /// <summary>`path:line`, the form rerun files, console failures and `specs verify` arguments share.</summary>
    public string Location => $"{Feature.Uri}:{Line}";
}
