using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// Feature descriptions are Markdown. They are rendered once, when the site is built, with raw HTML
/// disabled: a description is text from a feature file, and the page must never run markup from it.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .DisableHtml()
        .Build();

    /// <summary>
    /// Safe HTML of a Markdown text; Gherkin indents descriptions, so the common indentation is removed first.
    /// An image becomes its alt text (the browser would fetch it the moment the HTML is inserted, and the site
    /// must never reach a network), and a link that is not http(s), mailto or a fragment loses its target.
    /// </summary>
    public static string ToHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdown.Parse(Dedent(markdown), Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage)
            {
                var alt = string.Concat(link.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
                link.ReplaceBy(new LiteralInline($"[image: {(alt.Length > 0 ? alt : link.Url)}]"), copyChildren: false);
            }
            else if (link.Url is { } url && !IsSafeTarget(url))
            {
                link.Url = "";
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString().Trim();
    }

    private static bool IsSafeTarget(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#');

    /// <summary>The text without Markdown syntax, for search.</summary>
    public static string Plain(string markdown) => string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(Dedent(markdown), Pipeline).Trim();

    private static string Dedent(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var indent = lines.Where(line => line.Trim().Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart()));
    }
}
