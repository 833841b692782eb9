namespace Specs.Runner.Tests.Faults;

/// <summary>
/// Ctrl+C during `specs sim`, `specs faults` and `specs hunt`: the run stops between seeds (or histories), says what
/// never ran, and fails, since it did not check what it was asked to. Before, sim and faults printed "stopping after
/// Ctrl+C" and then ran every seed, and an interrupted hunt ended "PASSED" with exit code 0.
/// </summary>
public sealed class InterruptedSimulationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "specs-interrupt-" + Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Ctrl_C_stops_a_sim_batch_after_the_running_seed_and_fails_it()
    {
        using var ctrlC = new CancellationTokenSource();
        var output = new CtrlCAfter(ctrlC, line => line.StartsWith("seed 1:", StringComparison.Ordinal));

        var exit = await SpecsCommand.RunAsync(["sim", "--seeds", "500"], output, new StringWriter(), stop: ctrlC.Token);

        var text = output.ToString();
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.DoesNotContain("seed 2:", text, StringComparison.Ordinal);
        Assert.Contains("interrupted by Ctrl+C: 499 seeds not run; go on with --seed-start 2 --seeds 499", text, StringComparison.Ordinal);
        Assert.EndsWith("1 passed, 0 failed, 499 not run (interrupted)", text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_C_stops_the_fault_suite_writes_the_report_of_what_ran_and_fails_it()
    {
        using var ctrlC = new CancellationTokenSource();
        var output = new CtrlCAfter(ctrlC, line => line.StartsWith("  seed 1:", StringComparison.Ordinal));

        var exit = await SpecsCommand.RunAsync(["faults", "--seeds", "500", "--negative", "--out", _folder], output, new StringWriter(), stop: ctrlC.Token);

        var text = output.ToString();
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.DoesNotContain("seed 2:", text, StringComparison.Ordinal);
        // 499 fresh seeds and the 5 seeded bugs never started.
        Assert.EndsWith("1 passed, 0 failed, 504 not run (interrupted)", text.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("INTERRUPTED by Ctrl+C: 504 seeds, cases or seeded bugs not started", File.ReadAllText(Path.Combine(_folder, "faults.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_C_ends_a_hunt_as_interrupted_not_passed()
    {
        using var ctrlC = new CancellationTokenSource();
        var output = new CtrlCAfter(ctrlC, line => line.StartsWith("hunt: seed", StringComparison.Ordinal));

        var exit = await SpecsCommand.RunAsync(["hunt", "--histories", "1000", "--seed", "1", "--out", _folder], output, new StringWriter(), stop: ctrlC.Token);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("hunt: INTERRUPTED by Ctrl+C (not a pass): 0 histories", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Console output that presses Ctrl+C once a line it watches for is written.</summary>
    private sealed class CtrlCAfter(CancellationTokenSource ctrlC, Func<string, bool> trigger) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && trigger(value))
            {
                ctrlC.Cancel();
            }
        }
    }
}
