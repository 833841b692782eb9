using System.Text.Json;
using Io.Cucumber.Messages.Types;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views;
using Specs.Runner.Targets;
using Specs.Runner.Tests.Host;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Acceptance;

/// <summary>The lmdb target end to end: the scenario host, its record in the stream, temporary environments and the verification modes.</summary>
[Collection(RunnerCollection.Name)]
public sealed class HostTargetTests
{
    private const string Fixture = "Fixtures/host/host.feature";

    [Fact]
    public async Task Scenarios_talking_to_the_host_pass_and_refusals_are_asserted_on_the_lmdb_target()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--tags", "not @failing");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2 passed, 0 failed", run.LastLine);
        Assert.Equal(TestStepResultStatus.PASSED, run.StatusOf("A taken fixture name is refused"));
    }

    [Fact]
    public async Task Steps_that_need_the_host_run_without_a_target_fail_saying_which_target_provides_it()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--tags", "not @failing", "--target", "none");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("A step class's constructor asks for something no one registered. The scenario host and the other services step classes take come from the target: run with --target lmdb or sim", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("at Reqnroll.BoDi", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_record_of_each_scenario_is_attached_to_the_stream_as_json()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--tags", "not @failing");

        var records = run.Envelopes.Select(envelope => envelope.Attachment)
            .Where(attachment => attachment?.FileName == ScenarioHostTarget.RecordFileName).ToList();
        Assert.Equal(2, records.Count);
        Assert.All(records, attachment => Assert.Equal("application/json", attachment!.MediaType));
        using var refused = JsonDocument.Parse(records.Single(attachment => attachment!.Body.Contains("taken", StringComparison.Ordinal))!.Body);
        var root = refused.RootElement;
        Assert.Equal("lmdb", root.GetProperty("target").GetString());
        Assert.Equal("ReasonCreated", root.GetProperty("given")[0].GetProperty("type").GetString());
        Assert.Equal("CreateReason", root.GetProperty("when").GetProperty("type").GetString());
        Assert.Equal("Refused", root.GetProperty("outcome").GetProperty("response").GetProperty("status").GetString());
        Assert.Equal("NameAlreadyUsed", root.GetProperty("outcome").GetProperty("response").GetProperty("refusal").GetProperty("error").GetString());
        Assert.Equal(2, root.GetProperty("then").GetArrayLength());
    }

    [Fact]
    public async Task Every_temporary_environment_is_deleted_after_its_scenario_even_when_the_scenario_fails()
    {
        var root = Directory.CreateTempSubdirectory("specs-host-tests-").FullName;
        var created = new List<string>();
        var target = new ScenarioHostTarget("lmdb", new ScenarioSettings(), context =>
        {
            var system = new LmdbScenarioSystem(context, root: root);
            lock (created)
            {
                created.Add(system.Path);
            }

            return system;
        });

        var run = await FixtureRun.RunAsync(options => options with { Target = target }, Fixture);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(TestStepResultStatus.FAILED, run.StatusOf("A fixture expectation that does not hold"));
        Assert.Equal(3, created.Count);
        Assert.All(created, path => Assert.False(Directory.Exists(path), $"{path} was left behind"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
        Directory.Delete(root);
    }

    [Fact]
    public async Task A_non_idempotent_command_is_reported_as_an_idempotency_failure_with_its_first_difference()
    {
        var target = new ScenarioHostTarget("lmdb", new ScenarioSettings { Idempotency = true }, context => new NonIdempotentSystem(new LmdbScenarioSystem(context)));

        var run = await FixtureRun.RunAsync(options => options with { Target = target }, Fixture, "--tags", "not @failing", "--idempotency");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("idempotency check failed for Fixtures/host/host.feature:4 (A new fixture reason is recorded)", run.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(run.OutputFile("idempotency.json"));
        // The refusal is refused again under a fresh key, with the same answer: only the accepted command shows.
        Assert.Equal(1, report.RootElement.GetProperty("failed").GetInt32());
        var first = report.RootElement.GetProperty("results")[0];
        Assert.False(first.GetProperty("passed").GetBoolean());
        Assert.Contains("response.status: first \"Accepted\", second \"Refused\"", first.GetProperty("firstDifference").GetString(), StringComparison.Ordinal);
        Assert.Contains("| Fixtures/host/host.feature:4 |", run.OutputFile("idempotency.md"), StringComparison.Ordinal);
        Assert.False(run.HasOutputFile("replay.json"));
    }

    [Fact]
    public async Task A_wrong_view_rebuild_is_reported_as_a_replay_failure_naming_the_view()
    {
        var target = new ScenarioHostTarget("lmdb", new ScenarioSettings { ReplayCheck = true },
            context => new LmdbScenarioSystem(context, [.. InventoryViews.All, new MiscountingView()]));

        var run = await FixtureRun.RunAsync(options => options with { Target = target }, Fixture, "--tags", "not @failing", "--replay-check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("replay-check check failed for Fixtures/host/host.feature:4", run.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(run.OutputFile("replay.json"));
        Assert.Equal("replay-check", report.RootElement.GetProperty("mode").GetString());
        Assert.Equal(2, report.RootElement.GetProperty("failed").GetInt32());
        Assert.StartsWith("View 'miscounting' differs", report.RootElement.GetProperty("results")[0].GetProperty("firstDifference").GetString(), StringComparison.Ordinal);
        Assert.False(run.HasOutputFile("idempotency.json"));
    }

    [Fact]
    public async Task The_real_system_passes_both_verification_modes_and_both_reports_are_written()
    {
        var run = await FixtureRun.RunAsync(Fixture, "--tags", "not @failing", "--idempotency", "--replay-check");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("**2 scenarios checked: 2 passed, 0 failed.**", run.OutputFile("idempotency.md"), StringComparison.Ordinal);
        Assert.Contains("**2 scenarios checked: 2 passed, 0 failed.**", run.OutputFile("replay.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_run_without_the_modes_removes_their_reports_from_the_folder()
    {
        var checkedRun = await FixtureRun.RunAsync(Fixture, "--tags", "not @failing", "--idempotency", "--replay-check");

        var plain = await FixtureRun.RunAsync(options => options with { OutputDirectory = checkedRun.OutputDirectory }, Fixture, "--tags", "not @failing");

        // The plain run wrote into the checked run's folder (FixtureRun's own folder for it stays empty).
        Assert.Equal(0, plain.ExitCode);
        Assert.DoesNotContain("idempotency.json", checkedRun.Ndjson, StringComparison.Ordinal);
        Assert.All(new[] { "idempotency.md", "idempotency.json", "replay.md", "replay.json" }, name => Assert.False(checkedRun.HasOutputFile(name), name));
    }

    [Fact]
    public async Task Two_runs_with_a_fixed_clock_and_defined_order_write_byte_identical_ndjson_with_host_records()
    {
        string[] args = [Fixture, "--fixed-clock", "2026-03-01T09:00:00Z", "--order", "defined", "--idempotency", "--replay-check"];

        var first = await FixtureRun.RunAsync(args);
        var second = await FixtureRun.RunAsync(args);

        Assert.Contains(ScenarioHostTarget.RecordFileName, first.Ndjson, StringComparison.Ordinal);
        Assert.Contains("2026-03-01T09:00:00.000Z", first.Ndjson, StringComparison.Ordinal);
        Assert.Equal(first.Ndjson, second.Ndjson);
    }

    [Theory]
    [InlineData("--target", "nowhere")]
    [InlineData("--target", "none", "--idempotency")]
    public async Task An_unknown_target_or_a_mode_without_a_host_is_a_usage_error(params string[] args)
    {
        var run = await FixtureRun.RunAsync([Fixture, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }
}
