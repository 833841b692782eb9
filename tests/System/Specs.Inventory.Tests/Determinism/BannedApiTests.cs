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
    [InlineData("var ticks = System.Diagnostics.Stopwatch.GetTimestamp();")]
    [InlineData("System.Threading.Tasks.Task.Factory.StartNew(() => { });")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { }, System.Threading.CancellationToken.None);")]
    [InlineData("System.Threading.Tasks.Task.Run(() => System.Threading.Tasks.Task.CompletedTask, System.Threading.CancellationToken.None);")]
    [InlineData("new System.Threading.Tasks.Task(() => { }).Start();")]
    [InlineData("var yielded = System.Threading.Tasks.Task.Yield();")]
    [InlineData("System.Threading.Tasks.Task.Delay(1, System.Threading.CancellationToken.None);")]
    [InlineData("System.Threading.Tasks.Task.Delay(System.TimeSpan.Zero, System.Threading.CancellationToken.None);")]
    [InlineData("var id = System.Guid.CreateVersion7();")]
    [InlineData("using var timer = new System.Timers.Timer();")]
    [InlineData("using var timer = new System.Threading.PeriodicTimer(System.TimeSpan.FromSeconds(1));")]
    [InlineData("using var timed = new System.Threading.CancellationTokenSource(System.TimeSpan.FromSeconds(1));")]
    [InlineData("using var timed = new System.Threading.CancellationTokenSource(); timed.CancelAfter(10);")]
    [InlineData("var zone = System.TimeZoneInfo.Local;")]
    [InlineData("var name = System.IO.Path.GetRandomFileName();")]
    [InlineData("var name = System.IO.Path.GetTempFileName();")]
    [InlineData("using var reader = new System.IO.StreamReader(\"x\");")]
    [InlineData("using var writer = new System.IO.StreamWriter(\"x\");")]
    [InlineData("using var map = System.IO.MemoryMappedFiles.MemoryMappedFile.CreateNew(\"x\", 1);")]
    [InlineData("using var socket = new System.Net.Sockets.UdpClient();")]
    [InlineData("var host = System.Net.Dns.GetHostName();")]
    [InlineData("System.Diagnostics.Process.Start(\"x\");")]
    [InlineData("var setting = System.Environment.GetEnvironmentVariable(\"X\");")]
    [InlineData("System.Environment.FailFast(\"x\");")]
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

    /// <summary>
    /// The analyzer says nothing about an entry that names no symbol (a wrong prefix, a misspelt overload): such a
    /// line bans nothing while it reads as a ban. Every entry must name at least one real symbol of the runtime.
    /// </summary>
    [Fact]
    public void Every_entry_of_the_list_names_a_symbol_that_exists()
    {
        var compilation = Compilation("public static class Node { }");
        var entries = File.ReadAllLines(RepositoryFiles.Path(BannedSymbolsFile))
            .Select(line => line.Split("//")[0].Split(';')[0].Trim())
            .Where(id => id.Length > 0)
            .ToList();

        Assert.NotEmpty(entries);
        var dead = entries.Where(id => !Resolves(compilation, id)).ToList();
        Assert.True(dead.Count == 0, $"entries of {BannedSymbolsFile} that name no symbol, so ban nothing: {string.Join(", ", dead)}");
        Assert.Equal(entries.Count, entries.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The check above would be worthless if it passed a dead entry: a made-up member and a wrong kind are caught.</summary>
    [Theory]
    [InlineData("P:System.Threading.Tasks.TaskFactory.StartNew")]
    [InlineData("M:System.Guid.NewGuidAndMore")]
    [InlineData("T:System.Threading.NoSuchTimer")]
    [InlineData("N:System.NoSuchNamespace")]
    public void A_dead_entry_is_recognised_as_naming_nothing(string id) =>
        Assert.False(Resolves(Compilation("public static class Node { }"), id));

    /// <summary>
    /// The analyzer is only as good as its severity: nothing in the build configuration of a deterministic
    /// project may switch RS0030 off, make it a non-error, or exclude generated code (the contract generator
    /// writes into the core).
    /// </summary>
    [Theory]
    [MemberData(nameof(DeterministicProjects))]
    public void Nothing_in_the_build_silences_the_banned_api_analyzer(string project)
    {
        var projectFolder = Path.GetDirectoryName(RepositoryFiles.Path(project))!;
        var configuration = new[] { RepositoryFiles.Path("Directory.Build.props"), RepositoryFiles.Path("Directory.Build.targets"), RepositoryFiles.Path(project) }
            .Concat(AncestorFiles(projectFolder, ".editorconfig", ".globalconfig"))
            .Concat(Directory.EnumerateFiles(projectFolder, "*.globalconfig", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(projectFolder, ".editorconfig", SearchOption.AllDirectories))
            .Where(File.Exists)
            .Distinct()
            .ToList();
        foreach (var file in configuration)
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains("RS0030", StringComparison.OrdinalIgnoreCase), $"{file} mentions RS0030");
            Assert.False(text.Contains("exclude_generated_code", StringComparison.OrdinalIgnoreCase), $"{file} excludes generated code from the banned-API analysis");
        }

        var props = XDocument.Load(RepositoryFiles.Path("Directory.Build.props"));
        Assert.Equal("true", props.Descendants("TreatWarningsAsErrors").Single().Value);
        Assert.DoesNotContain(XDocument.Load(RepositoryFiles.Path(project)).Descendants("TreatWarningsAsErrors"), element => element.Value != "true");

        var sources = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(projectFolder, file));
        foreach (var source in sources)
        {
            Assert.False(File.ReadAllText(source).Contains("RS0030", StringComparison.OrdinalIgnoreCase), $"{source} suppresses RS0030");
        }
    }

    private static bool IsBuildOutput(string projectFolder, string file)
    {
        var relative = Path.GetRelativePath(projectFolder, file).Replace('\\', '/');
        return relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal);
    }

    private static IEnumerable<string> AncestorFiles(string folder, params string[] names)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            foreach (var name in names)
            {
                yield return Path.Combine(current.FullName, name);
            }

            if (Path.GetFullPath(current.FullName) == Path.GetFullPath(RepositoryFiles.Root))
            {
                yield break;
            }
        }
    }

    private static bool Resolves(Compilation compilation, string id) =>
        id.StartsWith("N:", StringComparison.Ordinal)
            ? NamespaceExists(compilation.GlobalNamespace, id[2..].Split('.'))
            : DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).Any(symbol => id[0] == Kind(symbol));

    private static bool NamespaceExists(INamespaceSymbol parent, string[] path) =>
        path.Length == 0 || parent.GetNamespaceMembers().Any(child => child.Name == path[0] && NamespaceExists(child, path[1..]));

    private static char Kind(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol => 'T',
        IMethodSymbol => 'M',
        IPropertySymbol => 'P',
        IFieldSymbol => 'F',
        IEventSymbol => 'E',
        _ => '?',
    };

    private static CSharpCompilation Compilation(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            "Determinism",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string source)
    {
        var compilation = Compilation(source);
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
