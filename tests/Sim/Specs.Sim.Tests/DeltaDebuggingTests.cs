using CsCheck;
using Specs.Sim.Shrinking;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Sim.Tests;

/// <summary>Properties of ddmin on lists whose failure is "contains every element of a hidden cause".</summary>
public sealed class DeltaDebuggingTests
{
    private static readonly Gen<(List<int> Items, HashSet<int> Cause)> Cases =
        Gen.Int[1, 60].SelectMany(count => Gen.Int[0, 6].SelectMany(causeSize =>
            Gen.Int[0, count - 1].Array[Math.Min(causeSize, count)].Select(positions =>
            {
                var items = Enumerable.Range(0, count).Select(item => item * 7).ToList();
                return (items, positions.Select(position => items[position]).ToHashSet());
            })));

    [Fact]
    public void The_result_contains_exactly_the_cause_when_failure_needs_all_of_it()
    {
        Property.ForAll(
            Cases,
            testCase =>
            {
                var result = DeltaDebugging.Minimize(testCase.Items, candidate => testCase.Cause.IsSubsetOf(candidate), 10_000);
                return !result.Exhausted && result.Items.ToHashSet().SetEquals(testCase.Cause) && result.Items.Count == testCase.Cause.Count;
            },
            seed: 0x5EED0108,
            iterations: 300);
    }

    [Fact]
    public void The_result_is_a_failing_subsequence_of_the_input_in_its_order()
    {
        Property.ForAll(
            Cases,
            testCase =>
            {
                // Fails when the list holds at least two cause elements, or everything when the cause is small.
                bool Fails(IReadOnlyList<int> candidate) => candidate.Count(testCase.Cause.Contains) >= Math.Min(2, testCase.Cause.Count);
                var result = DeltaDebugging.Minimize(testCase.Items, Fails, 10_000);
                var positions = result.Items.Select(item => testCase.Items.IndexOf(item)).ToList();
                return Fails(result.Items) && positions.SequenceEqual(positions.Order()) && positions.All(position => position >= 0);
            },
            seed: 0x5EED0109,
            iterations: 300);
    }

    [Fact]
    public void The_result_is_one_minimal_for_a_non_monotone_failure()
    {
        // Failure depends on the parity of the sum too, so removing elements can make it fail again: ddmin
        // still guarantees that removing any single element of its answer passes.
        Property.ForAll(
            Cases,
            testCase =>
            {
                bool Fails(IReadOnlyList<int> candidate) => testCase.Cause.IsSubsetOf(candidate) && candidate.Sum() % 2 == testCase.Cause.Sum() % 2;
                var result = DeltaDebugging.Minimize(testCase.Items, Fails, 100_000);
                return Fails(result.Items)
                    && Enumerable.Range(0, result.Items.Count).All(skip => !Fails(result.Items.Where((_, index) => index != skip).ToList()));
            },
            seed: 0x5EED010A,
            iterations: 200);
    }

    [Fact]
    public void The_test_budget_is_never_exceeded_and_reported_when_it_runs_out()
    {
        Property.ForAll(
            Cases,
            testCase =>
            {
                var calls = 0;
                var result = DeltaDebugging.Minimize(
                    testCase.Items,
                    candidate =>
                    {
                        calls++;
                        return testCase.Cause.IsSubsetOf(candidate);
                    },
                    5);
                return calls <= 5 && result.Tests == calls && (result.Exhausted || result.Items.Count == testCase.Cause.Count);
            },
            seed: 0x5EED010B,
            iterations: 300);
    }

    [Fact]
    public void A_failure_that_needs_nothing_shrinks_to_the_empty_list()
    {
        var result = DeltaDebugging.Minimize([1, 2, 3, 4], _ => true, 100);

        Assert.Empty(result.Items);
        Assert.Equal(1, result.Tests);
    }

    [Fact]
    public void A_cause_at_the_start_of_the_list_is_found_not_only_tail_trimming()
    {
        var items = Enumerable.Range(0, 40).ToList();

        var result = DeltaDebugging.Minimize(items, candidate => candidate.Contains(0) && candidate.Contains(3), 1_000);

        Assert.Equal([0, 3], result.Items);
    }
}
