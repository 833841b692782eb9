namespace Specs.Inventory.Tests.Tooling;

/// <summary>Finds files checked into the repository (the committed schema, the golden binaries).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Whether the developer asked the tests to rewrite a checked-in file (an env var set to 1).</summary>
    public static bool UpdateRequested(string variable) => Environment.GetEnvironmentVariable(variable) == "1";

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Specs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Specs.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
