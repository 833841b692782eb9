using Io.Cucumber.Messages.Types;
using Specs.Runner.Cli;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting;
using Specs.Runner.Simulation;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Faults;

/// <summary>`specs merge` on the report folders of `specs verify --target sim --shard i/n`: one report, as if unsharded.</summary>
[Collection(RunnerCollection.Name)]
public sealed class VerifyShardMergeTests : IDisposable
{
    private static readonly string[] Run = ["Fixtures/basic", "--target", "sim", "--seeds", "1", "--order", "defined", "--fixed-clock", "2026-01-01T00:00:00Z", "--parallel", "1"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "specs-merge-" + Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Merged_sim_shards_report_what_the_unsharded_run_reports()
    {
        var whole = await FixtureRun.RunAsync(Run);
        var first = await FixtureRun.RunAsync([.. Run, "--shard", "1/2"]);
        var second = await FixtureRun.RunAsync([.. Run, "--shard", "2/2"]);
        Assert.NotEmpty(first.Digest.TestCases);
        Assert.NotEmpty(second.Digest.TestCases);

        var (envelopes, digest, written, _) = VerifyReportMerge.Write([second.OutputDirectory, first.OutputDirectory], _folder, null, FixtureRun.BaseDirectory);

        Assert.Equal(Outcomes(whole.Digest), Outcomes(digest));
        Assert.Equal(whole.Digest.PickleCount, digest.PickleCount);
        Assert.Equal(TestCaseLines(whole.Envelopes), TestCaseLines(envelopes));
        Assert.Equal(whole.Digest.RunFinished!.Success, digest.RunFinished!.Success);
        Assert.Equal(whole.Rerun, File.ReadAllText(Path.Combine(_folder, "rerun.txt")));
        Assert.Equal(TestCaseLines(envelopes), TestCaseLines(NdjsonReport.Read(File.ReadAllText(Path.Combine(_folder, "cucumber.ndjson")))));
        foreach (var file in new[] { "cucumber.html", "junit.xml", "coverage.json", Path.Combine("living-docs", "index.html") })
        {
            Assert.Contains(Path.Combine(_folder, file), written);
            Assert.True(File.Exists(Path.Combine(_folder, file)), file);
        }
    }

    [Fact]
    public async Task Sim_shards_whose_streams_carry_the_contract_catalog_after_testRunStarted_merge_with_the_catalog_once()
    {
        // Scenarios that talk to the system leave a scenario record, so verify attaches the contract catalog as a
        // run-level attachment right after testRunStarted, in every shard (Fixtures/basic has no such scenario).
        string[] run = ["Fixtures/host/host.feature", "--tags", "not @failing", "--target", "sim", "--seeds", "1", "--order", "defined", "--fixed-clock", "2026-01-01T00:00:00Z", "--parallel", "1"];
        var whole = await FixtureRun.RunAsync(run);
        var first = await FixtureRun.RunAsync([.. run, "--shard", "1/2"]);
        var second = await FixtureRun.RunAsync([.. run, "--shard", "2/2"]);
        Assert.Equal(2, whole.Digest.TestCases.Count);
        foreach (var shard in new[] { whole, first, second })
        {
            Assert.Equal(ExitCodes.Passed, shard.ExitCode);
            Assert.NotEmpty(shard.Digest.TestCases);
            Assert.Equal(ContractCatalogAttachment.FileName, CatalogRightAfterStart(shard.Envelopes));
        }

        var (envelopes, digest, _, _) = VerifyReportMerge.Write([first.OutputDirectory, second.OutputDirectory], _folder, null, FixtureRun.BaseDirectory);

        Assert.Equal(ContractCatalogAttachment.FileName, CatalogRightAfterStart(envelopes));
        Assert.Single(envelopes, envelope => envelope.Attachment?.FileName == ContractCatalogAttachment.FileName);
        Assert.Equal(Catalog(whole.Envelopes), Catalog(envelopes));
        Assert.Equal(Outcomes(whole.Digest).Order(), Outcomes(digest).Order());
        Assert.True(digest.RunFinished!.Success);
        Assert.Equal(Catalog(envelopes), Catalog(NdjsonReport.Read(File.ReadAllText(Path.Combine(_folder, "cucumber.ndjson")))));
    }

    [Fact]
    public async Task Shards_that_ran_the_same_scenario_are_refused_naming_both()
    {
        var first = await FixtureRun.RunAsync([.. Run, "--shard", "1/2"]);
        var again = await FixtureRun.RunAsync([.. Run, "--shard", "1/2"]);

        var refusal = Assert.Throws<UsageException>(() => VerifyReportMerge.Write([first.OutputDirectory, again.OutputDirectory], _folder, null, FixtureRun.BaseDirectory));

        Assert.Contains(first.OutputDirectory, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(again.OutputDirectory, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("disjoint", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_report_and_a_verify_report_are_refused_saying_which_folder_is_which_kind()
    {
        var verify = await FixtureRun.RunAsync([.. Run, "--shard", "1/2"]);
        var faults = Path.Combine(_folder, "faults-1");
        FaultReportWriter.Write(new FaultSuite(new FaultSuiteOptions { Seeds = 1, SeedStart = 11, OutputFolder = faults }, TextWriter.Null).Run(), faults);
        var error = new StringWriter();

        var exitCode = await SpecsCommand.RunAsync(["merge", faults, verify.OutputDirectory, "--out", Path.Combine(_folder, "merged")], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains($"{faults} is a fault-suite report", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{verify.OutputDirectory} is a verify report", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "merged")));
    }

    private static List<(string Pickle, TestStepResultStatus Status)> Outcomes(RunDigest digest) =>
        digest.TestCases.Select(outcome => (outcome.Last.Pickle.Id, outcome.Status)).ToList();

    private static string? CatalogRightAfterStart(List<Envelope> envelopes) =>
        envelopes[envelopes.FindIndex(envelope => envelope.TestRunStarted is not null) + 1].Attachment?.FileName;

    private static string Catalog(IEnumerable<Envelope> envelopes) =>
        envelopes.Single(envelope => envelope.Attachment?.FileName == ContractCatalogAttachment.FileName).Attachment!.Body;

    private static List<string> TestCaseLines(IEnumerable<Envelope> envelopes) =>
        envelopes.Where(envelope => envelope.TestCase is not null).Select(NdjsonReport.Serialize).ToList();
}
