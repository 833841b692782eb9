using System.Collections.Immutable;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Determinism;

/// <summary>
/// Same seed, same run: the deterministic projects may reach time, randomness, threads and I/O only
/// through ports. The banned-API analyzer enforces that at build time; these tests prove it is wired
/// into every such project and that it really rejects each kind of banned call.
/// </summary>
public sealed class BannedApiTests
{
    private const string BannedSymbolsFile = "src/System/Specs.Inventory/BannedSymbols.txt";

    public static TheoryData<string> DeterministicProjects => new()
    {
        "src/System/Specs.Inventory/Specs.Inventory.csproj",
        "src/Sim/Specs.Sim.csproj",
    };

    [Theory]
    [MemberData(nameof(DeterministicProjects))]
    public void Every_deterministic_project_builds_with_the_banned_api_analyzer_and_the_shared_list(string project)
    {
        var document = XDocument.Load(RepositoryFiles.Path(project));
        var projectFolder = Path.GetDirectoryName(RepositoryFiles.Path(project))!;

        Assert.Contains(document.Descendants("PackageReference"), reference => (string?)reference.Attribute("Include") == "Microsoft.CodeAnalysis.BannedApiAnalyzers");
        var lists = document.Descendants("AdditionalFiles")
            .Select(file => Path.GetFullPath(Path.Combine(projectFolder, (string)file.Attribute("Include")!)))
            .ToList();
        Assert.Contains(Path.GetFullPath(RepositoryFiles.Path(BannedSymbolsFile)), lists);
    }

    [Theory]
    [InlineData("var now = System.DateTime.UtcNow;")]
    [InlineData("var now = System.DateTimeOffset.Now;")]
    [InlineData("var id = System.Guid.NewGuid();")]
    [InlineData("var random = new System.Random();")]
    [InlineData("var shared = System.Random.Shared.Next();")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });")]
    [InlineData("System.Threading.ThreadPool.QueueUserWorkItem(_ => { });")]
    [InlineData("var text = System.IO.File.ReadAllText(\"x\");")]
    [InlineData("var watch = System.Diagnostics.Stopwatch.StartNew();")]
    [InlineData("var ticks = System.Environment.TickCount64;")]
    public async Task The_analyzer_rejects_each_kind_of_nondeterminism(string statement)
    {
        var diagnostics = await Analyze($"public static class Node {{ public static void Handle() {{ {statement} }} }}");

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "RS0030");
    }

    [Fact]
    public async Task The_analyzer_admits_seeded_randomness_and_pure_code()
    {
        var diagnostics = await Analyze("public static class Node { public static int Handle() { var random = new System.Random(42); return random.Next() + System.Math.Abs(-1); } }");

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "RS0030");
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Determinism",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = new AnalyzerFileReference(AnalyzerPath(), new AnalyzerLoader())
            .GetAnalyzers(LanguageNames.CSharp);
        Assert.NotEmpty(analyzers);
        var options = new AnalyzerOptions([new BannedList(RepositoryFiles.Path(BannedSymbolsFile))]);
        return await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The analyzer as NuGet restored it for the core project (the version pinned centrally).</summary>
    private static string AnalyzerPath()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var version = XDocument.Load(RepositoryFiles.Path("Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(package => (string?)package.Attribute("Include") == "Microsoft.CodeAnalysis.BannedApiAnalyzers")
            .Attribute("Version")!.Value;
        return Path.Combine(packages, "microsoft.codeanalysis.bannedapianalyzers", version, "analyzers", "dotnet", "cs", "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll");
    }

    private sealed class BannedList(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(File.ReadAllText(Path));
    }

    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
