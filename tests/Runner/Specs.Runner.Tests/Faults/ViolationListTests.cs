using Specs.Runner.Simulation;
using Specs.Sim.Cluster;

namespace Specs.Runner.Tests.Faults;

/// <summary>A run that breaks one invariant at every later step lists the first violations and counts the rest by invariant.</summary>
public sealed class ViolationListTests
{
    [Fact]
    public void The_first_violations_are_listed_and_the_rest_counted_by_invariant()
    {
        var violations = Enumerable.Range(0, 25)
            .Select(index => new InvariantViolation(index < 22 ? "canonical-history" : "exactly-once", index, $"detail {index}"))
            .ToList();
        var output = new StringWriter();

        SimulationCommands.WriteViolations(output, violations, 20);

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(21, lines.Length);
        Assert.Contains("detail 0", lines[0], StringComparison.Ordinal);
        Assert.Contains("detail 19", lines[19], StringComparison.Ordinal);
        Assert.Equal("  ... and 5 more violations (2 canonical-history, 3 exactly-once; --trace shows every event)", lines[20]);
    }

    [Fact]
    public void As_many_violations_as_are_shown_are_all_listed_without_a_count()
    {
        var violations = Enumerable.Range(0, 5).Select(index => new InvariantViolation("fencing", index, $"detail {index}")).ToList();
        var output = new StringWriter();

        SimulationCommands.WriteViolations(output, violations, 5);

        Assert.Equal(5, output.ToString().TrimEnd('\n').Split('\n').Length);
        Assert.DoesNotContain("more violation", output.ToString(), StringComparison.Ordinal);
    }
}
