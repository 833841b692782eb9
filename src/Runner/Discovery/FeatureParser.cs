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
    /// <summary>
    /// Parses a feature file's bytes, which must be UTF-8 (a byte-order mark is allowed): bytes that are not were read as
    /// U+FFFD without a word, and a step text or a table cell then silently held a character nobody wrote.
    /// </summary>
    public static (ParsedFeature? Feature, IReadOnlyList<FeatureParseFailure> Errors) Parse(string uri, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = bytes.AsSpan(bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);
        var chars = new char[text.Length];
        if (System.Text.Unicode.Utf8.ToUtf16(text, chars, out var read, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
        {
            return Parse(uri, new string(chars, 0, written));
        }

        // Where the first bad byte is, as an editor counts: its line, and its column in characters before it.
        var before = System.Text.Encoding.UTF8.GetString(text[..read]);
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        var source = new Source(uri, System.Text.Encoding.UTF8.GetString(text), SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);
        return (null, [new FeatureParseFailure(uri, source, line, column,
            $"({line}:{column}): the file is not UTF-8 text: byte 0x{text[read]:X2} begins no UTF-8 character (save the file as UTF-8)")]);
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

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
