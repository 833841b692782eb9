using Io.Cucumber.Messages.Types;
using Specs.Runner.Cli;
using Specs.Runner.Reporting;

namespace Specs.Runner.Tests.Support;

/// <summary>Runs `specs verify` in-process on fixture sets, with this assembly's bindings, and collects what it wrote.</summary>
public sealed record FixtureRun(int ExitCode, string Output, string Error, string OutputDirectory)
{
    public static string BaseDirectory => AppContext.BaseDirectory;

    public static Task<FixtureRun> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    public static Task<FixtureRun> RunAsync(CancellationToken stop, params string[] args) => RunCoreAsync(args, null, stop);

    /// <summary>Runs with a last change to the options (tests give a target of their own).</summary>
    public static Task<FixtureRun> RunAsync(Func<VerifyOptions, VerifyOptions> adjust, params string[] args) => RunCoreAsync(args, adjust, CancellationToken.None);

    private static async Task<FixtureRun> RunCoreAsync(string[] args, Func<VerifyOptions, VerifyOptions>? adjust, CancellationToken stop)
    {
        var outputDirectory = Path.Combine(Path.GetTempPath(), "specs-runner-tests", Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = ["verify", "--steps", typeof(FixtureRun).Assembly.Location, "--out", outputDirectory, .. args];
        var exitCode = await SpecsCommand.RunAsync(all, output, error, adjust: options =>
        {
            var adjusted = options with { BaseDirectory = BaseDirectory, Interactive = false };
            return adjust is null ? adjusted : adjust(adjusted);
        }, stop: stop);
        return new FixtureRun(exitCode, output.ToString(), error.ToString(), outputDirectory);
    }

    public string Ndjson => File.ReadAllText(Path.Combine(OutputDirectory, "cucumber.ndjson"));

    public List<Envelope> Envelopes => NdjsonReport.Read(Ndjson);

    public string JUnit => File.ReadAllText(Path.Combine(OutputDirectory, "junit.xml"));

    public string Rerun => File.ReadAllText(Path.Combine(OutputDirectory, "rerun.txt"));

    public string OutputFile(string name) => File.ReadAllText(Path.Combine(OutputDirectory, name));

    public bool HasOutputFile(string name) => File.Exists(Path.Combine(OutputDirectory, name));

    public string LastLine => Output.TrimEnd('\n').Split('\n')[^1];

    /// <summary>Final status of the pickle with this name, read from the stream.</summary>
    public TestStepResultStatus StatusOf(string pickleName) => Digest.TestCases.Single(outcome => outcome.Last.Pickle.Name == pickleName).Status;

    public RunDigest Digest => new(Envelopes, strict: true);
}
