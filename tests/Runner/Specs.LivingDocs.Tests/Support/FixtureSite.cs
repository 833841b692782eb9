using Specs.Runner;
using Specs.Steps;

namespace Specs.LivingDocs.Tests.Support;

/// <summary>
/// Runs `specs verify` once, in-process, over the fixture scenarios (Fixtures/specs: two areas, a data table,
/// a Markdown description and one scenario that fails on purpose) with the real step definitions, the real
/// system, both verification modes and the fixture's rules; every test reads the stream and the site that run wrote.
/// </summary>
public sealed class FixtureSite : IAsyncLifetime
{
    public static string BaseDirectory => AppContext.BaseDirectory;

    /// <summary>
    /// The fixture's rules file, given explicitly so the tests do not depend on the repository's. The run selects
    /// Fixtures/specs, not the corpus of the repository's specs.json: it is a partial run, covering Catalog and Reference data.
    /// </summary>
    public const string RulesFile = "Fixtures/rules.md";

    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "specs-living-docs-tests", Guid.NewGuid().ToString("N"));

    public string Ndjson => Path.Combine(OutputDirectory, "cucumber.ndjson");

    public string SiteFolder => Path.Combine(OutputDirectory, "living-docs");

    public string Index => Path.Combine(SiteFolder, "index.html");

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        (ExitCode, Output, _) = await RunAsync("verify", "Fixtures/specs", "--out", OutputDirectory, "--idempotency", "--replay-check", "--parallel", "1", "--rules", RulesFile);
    }

    /// <summary>Runs the `specs` command line in-process from the test folder, with the real step assembly.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = args[0] == "verify" ? [.. args, "--steps", typeof(OutcomeSteps).Assembly.Location] : args;
        var exitCode = await SpecsCommand.RunAsync(all, output, error, adjust: options => options with { BaseDirectory = BaseDirectory, Interactive = false });
        return (exitCode, output.ToString(), error.ToString());
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
