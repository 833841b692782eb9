using Specs.Runner.LivingDocs;

namespace Specs.Runner.Tests.Cli;

/// <summary>`./specs.sh docs --from …` without --out, as the README shows it, writes the site at the repository root.</summary>
public sealed class DocsDefaultFolderTests
{
    [Fact]
    public void The_default_site_folder_of_docs_is_ignored_by_git()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), ".gitignore")).Select(line => line.Trim());

        Assert.Contains($"/{DocsCommand.FolderName}/", lines);
    }

    [Fact]
    public void The_docs_page_names_the_same_default_folder()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "living-docs.md"));

        Assert.Contains($"(default `{DocsCommand.FolderName}`)", page);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Specs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside the repository; Specs.sln was not found above " + AppContext.BaseDirectory);
    }
}
