using System.Diagnostics;
using Specs.Sim.Cluster;

namespace Specs.Sim.Tests;

public sealed class SwarmTests
{
    [Fact]
    public void Probe_seeds()
    {
        var lines = new List<string>();
        for (ulong seed = 1; seed <= 12; seed++)
        {
            var watch = Stopwatch.StartNew();
            var result = ClusterSimulation.Run(seed);
            lines.Add($"seed {seed} wall {watch.ElapsedMilliseconds} ms: {result.Configuration.Describe()}");
            lines.Add($"ticks {result.SimulatedTicks} events {result.Events} issued {result.RequestsIssued} answered {result.RequestsAnswered} leaders {result.LeadersElected} crashes {result.Crashes} probes {result.Probes} sent {result.MessagesSent}");
            lines.AddRange(result.Violations.Take(5).Select(v => v.ToString()));
        }

        foreach (var bug in NegativeSuite.Bugs)
        {
            var watch = Stopwatch.StartNew();
            var outcome = NegativeSuite.Hunt(bug, 1, 20);
            lines.Add($"{bug}: caught by {outcome.CaughtBySeed} after {outcome.SeedsRun} seeds, {watch.ElapsedMilliseconds} ms: {outcome.FirstViolation}");
        }

        File.WriteAllLines("/tmp/sim-probe.txt", lines);
    }
}
