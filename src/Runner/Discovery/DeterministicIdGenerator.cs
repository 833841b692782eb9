using Gherkin.CucumberMessages;

namespace Specs.Runner.Discovery;

/// <summary>
/// Gives the Gherkin AST converter and pickle compiler ids derived from the feature's uri, a hash of its
/// content and the element's index, instead of random GUIDs. Ids stay unique across features because the
/// uri is part of every id. One instance per feature file; not thread-safe (the compiler is sequential).
/// </summary>
public sealed class DeterministicIdGenerator : IIdGenerator
{
    private readonly string _uri;
    private readonly string _contentHash;
    private long _index;

    public DeterministicIdGenerator(string uri, string content)
    {
        _uri = uri;
        _contentHash = StableId.ContentHash(content);
    }

    public string GetNewId() => StableId.From(_uri, _contentHash, (_index++).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
