using Markdig;

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

    /// <summary>Safe HTML of a Markdown text; Gherkin indents descriptions, so the common indentation is removed first.</summary>
    public static string ToHtml(string markdown) => string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToHtml(Dedent(markdown), Pipeline).Trim();

    /// <summary>The text without Markdown syntax, for search.</summary>
    public static string Plain(string markdown) => string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(Dedent(markdown), Pipeline).Trim();

    private static string Dedent(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var indent = lines.Where(line => line.Trim().Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart()));
    }
}
