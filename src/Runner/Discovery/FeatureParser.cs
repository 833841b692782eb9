using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Discovery;

/// <summary>
/// Parses one feature file with the Gherkin package Reqnroll itself uses (Parser, then AstMessagesConverter,
/// then PickleCompiler), so our pickles are exactly the ones Reqnroll would build, with deterministic ids.
/// </summary>
public static class FeatureParser
{
    /// <summary>Returns either the parsed feature or the first parse error (a file with errors has no pickles).</summary>
    public static (ParsedFeature? Feature, IReadOnlyList<FeatureParseFailure> Errors) Parse(string uri, string content)
    {
        var source = new Source(uri, content, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);
        Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new Parser().Parse(new StringReader(content));
        }
        catch (CompositeParserException composite)
        {
            return (null, composite.Errors.Select(error => Failure(uri, source, error)).ToList());
        }
        catch (ParserException error)
        {
            return (null, [Failure(uri, source, error)]);
        }

        var ids = new DeterministicIdGenerator(uri, content);
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        var pickles = new PickleCompiler(ids).Compile(document);
        return (new ParsedFeature(uri, source, document, pickles), []);
    }

    private static FeatureParseFailure Failure(string uri, Source source, ParserException error)
    {
        var line = error.Location?.Line ?? 0;
        var column = error.Location?.Column ?? 0;
        return new FeatureParseFailure(uri, source, line, column, error.Message);
    }
}
