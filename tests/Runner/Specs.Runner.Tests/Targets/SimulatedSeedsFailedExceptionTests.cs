using Specs.Runner.Targets;

namespace Specs.Runner.Tests.Targets;

public sealed class SimulatedSeedsFailedExceptionTests
{
    [Fact]
    public void Two_invariants_broken_by_one_seed_count_as_one_failed_seed()
    {
        var failures = new[]
        {
            Failure(9, "split-brain"),
            Failure(9, "fencing"),
        };

        var exception = new SimulatedSeedsFailedException(1, failures);

        Assert.StartsWith("1 of 1 simulated cluster seed(s) failed:", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, exception.Failures.Count);
    }

    [Fact]
    public void Failures_of_different_seeds_count_each_seed()
    {
        var exception = new SimulatedSeedsFailedException(3, [Failure(1, "liveness"), Failure(2, "liveness"), Failure(2, "fencing")]);

        Assert.StartsWith("2 of 3 simulated cluster seed(s) failed:", exception.Message, StringComparison.Ordinal);
    }

    private static SeedFailure Failure(ulong number, string check) =>
        new(number, 1000 + number, "3 nodes", check, "found", $"./specs.sh verify --target sim --seeds 1 --seed-start {number}");
}
