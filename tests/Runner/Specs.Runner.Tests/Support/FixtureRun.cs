using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting;

namespace Specs.Runner.Tests.Support;

/// <summary>Runs `specs verify` in-process on fixture sets, with this assembly's bindings, and collects what it wrote.</summary>
public sealed record FixtureRun(int ExitCode, string Output, string Error, string OutputDirectory)
{
    public static string BaseDirectory => AppContext.BaseDirectory;

    public static Task<FixtureRun> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    public static async Task<FixtureRun> RunAsync(CancellationToken stop, params string[] args)
    {
        var outputDirectory = Path.Combine(Path.GetTempPath(), "specs-runner-tests", Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = ["verify", "--steps", typeof(FixtureRun).Assembly.Location, "--out", outputDirectory, .. args];
        var exitCode = await SpecsCommand.RunAsync(all, output, error, adjust: options => options with
        {
            BaseDirectory = BaseDirectory,
            Interactive = false,
        }, stop: stop);
        return new FixtureRun(exitCode, output.ToString(), error.ToString(), outputDirectory);
    }

    public string Ndjson => File.ReadAllText(Path.Combine(OutputDirectory, "cucumber.ndjson"));

    public List<Envelope> Envelopes => NdjsonReport.Read(Ndjson);

    public string JUnit => File.ReadAllText(Path.Combine(OutputDirectory, "junit.xml"));

    public string Rerun => File.ReadAllText(Path.Combine(OutputDirectory, "rerun.txt"));

    public string LastLine => Output.TrimEnd('\n').Split('\n')[^1];

    /// <summary>Final status of the pickle with this name, read from the stream.</summary>
    public TestStepResultStatus StatusOf(string pickleName) => Digest.TestCases.Single(outcome => outcome.Last.Pickle.Name == pickleName).Status;

    public RunDigest Digest => new(Envelopes, strict: true);
}
