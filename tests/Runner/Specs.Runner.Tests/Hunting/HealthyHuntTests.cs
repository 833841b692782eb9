using System.Text.Json.Nodes;
using Specs.Inventory.Contracts;
using Specs.Inventory.Ports;
using Specs.Inventory.Scenarios;
using Specs.Runner.Cli;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>The hunter on the real system with no bug planted: every invariant holds, and the generators reach most of the vocabulary.</summary>
[Collection(HuntCollection.Name)]
public sealed class HealthyHuntTests
{
    [Fact]
    public void A_hunt_of_the_real_system_holds_every_invariant_and_reports_what_it_reached()
    {
        var outDirectory = HuntFixture.TemporaryFolder();
        var output = new StringWriter();

        var exitCode = HuntRun.Run(new HuntOptions(Histories: 40, TimeBudget: null, Seed: 7, "lmdb", outDirectory, []), output, TestContext.Current.CancellationToken);

        Assert.True(exitCode == 0, output.ToString());
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(outDirectory, "hunt.json")))!;
        Assert.True((bool)report["passed"]!);
        Assert.Equal(40, (int)report["histories"]!);
        Assert.True((long)report["commands"]! > 40 * 20);
        // The generators are built from the contracts: most commands are accepted somewhere in 40 histories.
        Assert.True(report["commandsReached"]!.AsObject().Count(pair => (long)pair.Value!["accepted"]! > 0) >= 30, report["commandsNeverAccepted"]!.ToJsonString());
        Assert.StartsWith("hunt: PASSED: 40 histories", output.ToString().TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDirectory, "hunt.md")));
    }

    [Fact]
    public void The_same_seed_gives_the_same_history_and_another_seed_another()
    {
        var first = HistoryGenerator.For(42);
        var again = HistoryGenerator.For(42);
        var other = HistoryGenerator.For(43);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal("CreateReason", first[0].Command);
        Assert.Contains(first, step => !step.IsSetup);
    }

    [Fact]
    public void History_zero_of_a_hunt_is_its_seed_and_the_others_differ()
    {
        Assert.Equal(99UL, HuntRun.SeedOf(99, 0));
        var seeds = Enumerable.Range(0, 1_000).Select(index => HuntRun.SeedOf(99, index)).ToHashSet();
        Assert.Equal(1_000, seeds.Count);
    }

    [Fact]
    public void Every_command_of_the_contracts_is_made_with_its_own_type()
    {
        var target = HuntTarget.Named("lmdb");
        using var system = target.Create(new ScenarioSystemContext(new ScenarioIdentity("test", 0, "maker"), new ManualClock(0), new DeterministicIds(1)));
        system.Start();
        var world = new HuntWorld(system);
        var commands = ContractCatalog.Contracts.Where(contract => contract.Kind == ContractKind.Command).Select(contract => contract.ClrType.Name).ToList();

        Assert.Equal(commands.Order(StringComparer.Ordinal), CommandMaker.CommandNames);
        foreach (var name in commands)
        {
            for (var seed = 0UL; seed < 25; seed++)
            {
                var command = CommandMaker.Make(new HistoryStep(StepKind.Command, name, -1, seed), world);
                Assert.Equal(name, command.GetType().Name);
                // The JSON form a found scenario uses for commands without a business-language step reads back the same.
                var json = ContractText.Write(command);
                Assert.Equal(json, ContractText.Write(ContractText.ReadCommand(name, json)));
            }
        }
    }

    [Theory]
    [InlineData("60s", 60)]
    [InlineData("5m", 300)]
    [InlineData("1.5h", 5400)]
    [InlineData("90", 90)]
    public void A_time_budget_reads_seconds_minutes_and_hours(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), TimeBudget.Parse(text));

    [Theory]
    [InlineData("soon")]
    [InlineData("0s")]
    [InlineData("-5m")]
    [InlineData("10d")]
    [InlineData("99999999999999999h")]
    [InlineData("Infinity")]
    [InlineData("1e300s")]
    public void A_time_budget_that_is_not_a_duration_is_refused(string text) => Assert.Null(TimeBudget.Parse(text));
}
