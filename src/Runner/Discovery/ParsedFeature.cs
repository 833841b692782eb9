using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Discovery;

/// <summary>A feature file that parsed: its source, its Gherkin document and every pickle, selected or not.</summary>
public sealed record ParsedFeature(string Uri, Source Source, GherkinDocument Document, IReadOnlyList<Pickle> Pickles)
{
    /// <summary>Position of this feature in discovery order (sorted uris); scheduling and reports follow it.</summary>
    public int Order { get; init; }

    private GherkinDocumentIndex? _index;

    public GherkinDocumentIndex Index => _index ??= new GherkinDocumentIndex(Document);
}

/// <summary>A feature file that did not parse: where and what Gherkin said.</summary>
public sealed record FeatureParseFailure(string Uri, Source Source, long Line, long Column, string Message);
