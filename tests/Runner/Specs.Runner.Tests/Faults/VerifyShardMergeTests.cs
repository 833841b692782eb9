using Io.Cucumber.Messages.Types;
using Specs.Runner.Cli;
using Specs.Runner.Discovery;
using Specs.Runner.LivingDocs;
using Specs.Runner.Reporting;
using Specs.Runner.Simulation;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Faults;

/// <summary>
/// `specs merge` on the report folders of `specs verify --shard i/n` (`--target sim` and others): one report, as if
/// unsharded, made only of every shard of one run and written only to a folder of its own.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class VerifyShardMergeTests : IDisposable
{
    private static readonly string[] Run = ["Fixtures/basic", "--target", "sim", "--seeds", "1", "--order", "defined", "--fixed-clock", "2026-01-01T00:00:00Z", "--parallel", "1"];

    /// <summary>Runs without the simulator, for what does not depend on the target: the shard records and the refusals.</summary>
    private static readonly string[] Plain = ["Fixtures/basic", "--order", "defined", "--fixed-clock", "2026-01-01T00:00:00Z", "--parallel", "1"];

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

        var (envelopes, digest, written) = Merge(second.OutputDirectory, first.OutputDirectory);

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

        var (envelopes, digest, _) = Merge(first.OutputDirectory, second.OutputDirectory);

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

        var refusal = Assert.Throws<UsageException>(() => Merge(first.OutputDirectory, again.OutputDirectory));

        Assert.Contains(first.OutputDirectory, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(again.OutputDirectory, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("disjoint", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_shard_records_its_place_in_the_split_and_the_merged_stream_records_none()
    {
        var whole = await FixtureRun.RunAsync(Plain);
        var first = await FixtureRun.RunAsync([.. Plain, "--shard", "1/2"]);
        var second = await FixtureRun.RunAsync([.. Plain, "--shard", "2/2"]);

        var (envelopes, _, _) = Merge(first.OutputDirectory, second.OutputDirectory);

        Assert.Equal(new Shard(1, 2), ShardAttachment.Read(first.Envelopes, "first"));
        Assert.Equal(new Shard(2, 2), ShardAttachment.Read(second.Envelopes, "second"));
        Assert.DoesNotContain(whole.Envelopes, envelope => envelope.Attachment?.FileName == ShardAttachment.FileName);
        Assert.DoesNotContain(envelopes, envelope => envelope.Attachment?.FileName == ShardAttachment.FileName);
        Assert.Equal(RunLevelAttachments(whole.Envelopes), RunLevelAttachments(envelopes));
    }

    [Fact]
    public async Task A_shard_merged_without_the_others_is_refused_naming_the_missing_one_and_writes_nothing()
    {
        var first = await FixtureRun.RunAsync([.. Plain, "--shard", "1/2"]);
        var merged = Path.Combine(_folder, "merged");
        var error = new StringWriter();

        var exitCode = await SpecsCommand.RunAsync(["merge", first.OutputDirectory, "--out", merged], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains($"shard 2/2 is missing (got 1/2 in {first.OutputDirectory}); a merged report must hold every shard of the run", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(merged));
    }

    [Fact]
    public async Task Shards_of_different_splits_are_refused_even_when_their_scenarios_do_not_overlap()
    {
        var half = await FixtureRun.RunAsync([.. Plain, "--shard", "1/2"]);
        var quarter = await FixtureRun.RunAsync([.. Plain, "--shard", "2/4"]);
        Assert.Empty(Outcomes(half.Digest).Select(outcome => outcome.Pickle).Intersect(Outcomes(quarter.Digest).Select(outcome => outcome.Pickle)));

        var refusal = Assert.Throws<UsageException>(() => Merge(half.OutputDirectory, quarter.OutputDirectory));

        Assert.Contains($"the reports split the scenarios differently (1/2 in {half.OutputDirectory}, 2/4 in {quarter.OutputDirectory})", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shards_that_shared_out_different_selections_are_refused_though_every_shard_is_there_and_none_overlap()
    {
        // 1/2 of the @fixture scenarios and 2/2 of the others: disjoint, each i/n once, and half of each selection unrun.
        var fixtures = await FixtureRun.RunAsync([.. Plain, "--tags", "@fixture", "--shard", "1/2"]);
        var others = await FixtureRun.RunAsync([.. Plain, "--tags", "not @fixture", "--shard", "2/2"]);
        Assert.Empty(Outcomes(fixtures.Digest).Select(outcome => outcome.Pickle).Intersect(Outcomes(others.Digest).Select(outcome => outcome.Pickle)));
        Assert.NotEqual(ShardAttachment.ReadSelection(fixtures.Envelopes, "fixtures"), ShardAttachment.ReadSelection(others.Envelopes, "others"));

        var refusal = Assert.Throws<UsageException>(() => Merge(fixtures.OutputDirectory, others.OutputDirectory));

        Assert.Contains($"{fixtures.OutputDirectory} and {others.OutputDirectory} selected different scenarios before sharding", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("give every shard the same paths, lines, --tags and --name", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_shard_of_one_run_records_the_same_selection_whatever_its_order()
    {
        var first = await FixtureRun.RunAsync(["Fixtures/basic", "--fixed-clock", "2026-01-01T00:00:00Z", "--parallel", "1", "--order", "random:7", "--shard", "1/2"]);
        var second = await FixtureRun.RunAsync(["Fixtures/basic", "--fixed-clock", "2026-01-01T00:00:00Z", "--parallel", "1", "--order", "random:8", "--shard", "2/2"]);
        var whole = await FixtureRun.RunAsync(Plain);

        var selection = ShardAttachment.ReadSelection(first.Envelopes, "first");

        Assert.NotNull(selection);
        Assert.Equal(selection, ShardAttachment.ReadSelection(second.Envelopes, "second"));
        Assert.Equal(whole.Digest.TestCases.Count, selection.Scenarios);
        Assert.Null(ShardAttachment.ReadSelection(whole.Envelopes, "whole"));
    }

    [Fact]
    public async Task A_folder_whose_stream_records_no_shard_is_refused_by_name_alone_or_with_shards_and_nothing_is_written()
    {
        // An unsharded run and a shard written before shards were recorded look the same: both read as shard 1/1, and
        // the old shard merged alone into a green report of part of its run.
        var whole = await FixtureRun.RunAsync(Plain);
        var first = await FixtureRun.RunAsync([.. Plain, "--shard", "1/2"]);
        var second = await FixtureRun.RunAsync([.. Plain, "--shard", "2/2"]);
        var merged = Path.Combine(_folder, "merged");

        foreach (var inputs in new[] { new[] { whole.OutputDirectory }, [first.OutputDirectory, whole.OutputDirectory, second.OutputDirectory] })
        {
            var error = new StringWriter();
            var exitCode = await SpecsCommand.RunAsync(["merge", .. inputs, "--out", merged], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

            Assert.Equal(ExitCodes.Usage, exitCode);
            var line = Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
            Assert.StartsWith($"specs: {whole.OutputDirectory} was not written by `specs verify --shard i/n`: its stream records no shard (specs-shard.json).", line, StringComparison.Ordinal);
            Assert.False(Directory.Exists(merged));
        }
    }

    [Fact]
    public async Task A_merged_report_is_not_a_shard_to_merge_again()
    {
        var first = await FixtureRun.RunAsync([.. Plain, "--shard", "1/2"]);
        var second = await FixtureRun.RunAsync([.. Plain, "--shard", "2/2"]);
        Merge(first.OutputDirectory, second.OutputDirectory);

        var refusal = Assert.Throws<UsageException>(() => VerifyReportMerge.Merge([_folder], FixtureRun.BaseDirectory));

        Assert.StartsWith($"{_folder} was not written by `specs verify --shard i/n`", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_record_without_the_runs_selection_is_refused_saying_the_shards_must_run_again()
    {
        // Shards recorded their i/n before they recorded what the whole run selected; their selections cannot be compared.
        List<Envelope> stream =
        [
            Envelope.Create(new TestRunStarted(new Timestamp(0, 0), "run")),
            Envelope.Create(new Attachment("{\"version\":1,\"shard\":\"1/2\"}", AttachmentContentEncoding.IDENTITY, ShardAttachment.FileName, "application/json", null, null, null, null, "run", null, new Timestamp(0, 0))),
        ];

        var refusal = Assert.Throws<UsageException>(() => ShardAttachment.ReadForMerge(stream, "reports/sh-1"));

        Assert.Equal(new Shard(1, 2), ShardAttachment.Read(stream, "reports/sh-1"));
        Assert.StartsWith("reports/sh-1: the shard record in the stream (specs-shard.json) names no selection of scenarios", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("run the shards again", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\":2,\"shard\":\"1/2\"}", "has version 2; this runner reads version 1")]
    [InlineData("{\"version\":1,\"shard\":\"3/2\"}", "names no shard i/n")]
    [InlineData("1/2", "is not JSON")]
    public void A_shard_record_this_runner_cannot_read_is_refused_naming_the_stream(string body, string expected)
    {
        List<Envelope> stream =
        [
            Envelope.Create(new TestRunStarted(new Timestamp(0, 0), "run")),
            Envelope.Create(new Attachment(body, AttachmentContentEncoding.IDENTITY, ShardAttachment.FileName, "application/json", null, null, null, null, "run", null, new Timestamp(0, 0))),
        ];

        var refusal = Assert.Throws<UsageException>(() => ShardAttachment.Read(stream, "reports/sh-1"));

        Assert.StartsWith("reports/sh-1: the shard record in the stream (specs-shard.json) ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_merged_folder_may_not_be_one_of_the_shards_however_it_is_spelled()
    {
        var first = await FixtureRun.RunAsync([.. Plain, "--shard", "1/2"]);
        var second = await FixtureRun.RunAsync([.. Plain, "--shard", "2/2"]);
        var before = Contents(first.OutputDirectory).Concat(Contents(second.OutputDirectory)).ToList();
        Directory.CreateDirectory(_folder);
        var link = Path.Combine(_folder, "link-to-first");
        Directory.CreateSymbolicLink(link, first.OutputDirectory);
        string[] spellings =
        [
            first.OutputDirectory,
            first.OutputDirectory + Path.DirectorySeparatorChar,
            Path.Combine(first.OutputDirectory, "..", Path.GetFileName(first.OutputDirectory)),
            link,
        ];

        foreach (var spelling in spellings)
        {
            var error = new StringWriter();
            var exitCode = await SpecsCommand.RunAsync(["merge", first.OutputDirectory, second.OutputDirectory, "--out", spelling], TextWriter.Null, error, stop: TestContext.Current.CancellationToken);

            Assert.Equal(ExitCodes.Usage, exitCode);
            Assert.Contains($"--out {spelling}: is the folder of the input {first.OutputDirectory};", error.ToString(), StringComparison.Ordinal);
        }

        // The shard named by its stream file, the output by the folder.
        var byFile = await SpecsCommand.RunAsync(["merge", Path.Combine(second.OutputDirectory, VerifyReportMerge.StreamFileName), first.OutputDirectory, "--out", second.OutputDirectory],
            TextWriter.Null, TextWriter.Null, stop: TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.Usage, byFile);
        Assert.Equal(before, Contents(first.OutputDirectory).Concat(Contents(second.OutputDirectory)).ToList());
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

    /// <summary>`specs merge` of the folders into this test's folder, as the command does it: the streams merged, then the reports written.</summary>
    private (List<Envelope> Envelopes, RunDigest Digest, IReadOnlyList<string> Written) Merge(params string[] shardFolders)
    {
        var envelopes = VerifyReportMerge.Merge(shardFolders, FixtureRun.BaseDirectory);
        var (digest, written, _) = VerifyReportMerge.Write(envelopes, shardFolders, _folder, null, FixtureRun.BaseDirectory);
        return (envelopes, digest, written);
    }

    private static List<(string Pickle, TestStepResultStatus Status)> Outcomes(RunDigest digest) =>
        digest.TestCases.Select(outcome => (outcome.Last.Pickle.Id, outcome.Status)).ToList();

    /// <summary>Every file under the folder with its bytes: what a refused merge must leave as it was.</summary>
    private static List<(string Path, string Sha)> Contents(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => (file, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))))
            .ToList();

    private static List<string> RunLevelAttachments(IEnumerable<Envelope> envelopes) =>
        envelopes.Where(envelope => envelope.Attachment is { TestCaseStartedId: null }).Select(envelope => envelope.Attachment!.FileName ?? "").ToList();

    private static string? CatalogRightAfterStart(List<Envelope> envelopes) =>
        envelopes[envelopes.FindIndex(envelope => envelope.TestRunStarted is not null) + 1].Attachment?.FileName;

    private static string Catalog(IEnumerable<Envelope> envelopes) =>
        envelopes.Single(envelope => envelope.Attachment?.FileName == ContractCatalogAttachment.FileName).Attachment!.Body;

    private static List<string> TestCaseLines(IEnumerable<Envelope> envelopes) =>
        envelopes.Where(envelope => envelope.TestCase is not null).Select(NdjsonReport.Serialize).ToList();
}
