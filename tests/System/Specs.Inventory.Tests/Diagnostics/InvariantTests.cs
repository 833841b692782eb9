using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Tests.Diagnostics;

public sealed class InvariantTests
{
    /// <summary>
    /// Assertions sit on the hottest paths (every view row a command writes checks its key): a detail written as an
    /// interpolated string must cost nothing while the invariant holds.
    /// </summary>
    [Fact]
    public void An_interpolated_detail_is_not_formatted_while_the_invariant_holds()
    {
        var formatted = new FormatCounter();

        for (var i = 0; i < 3; i++)
        {
            Invariant.Assert(i >= 0, $"i is {i}, {formatted}");
        }

        Assert.Equal(0, formatted.Count);
    }

    [Fact]
    public void A_failed_invariant_names_the_condition_and_the_formatted_detail()
    {
        var formatted = new FormatCounter();
        var value = 7;

        var error = Assert.Throws<InvariantViolationException>(() => Invariant.Assert(value < 5, $"value is {value}, {formatted}, {"text".AsSpan()}"));

        Assert.Equal("value < 5 (value is 7, formatted 1 time(s), text)", error.Condition);
        Assert.Equal("Invariant violated: value < 5 (value is 7, formatted 1 time(s), text)", error.Message);
    }

    [Fact]
    public void A_plain_detail_and_no_detail_read_as_before()
    {
        Assert.Equal("1 > 2 (plain)", Assert.Throws<InvariantViolationException>(() => Invariant.Assert(1 > 2, "plain")).Condition);
        Assert.Equal("1 > 2", Assert.Throws<InvariantViolationException>(() => Invariant.Assert(1 > 2)).Condition);
    }

    private sealed class FormatCounter
    {
        public int Count { get; private set; }

        public override string ToString() => $"formatted {++Count} time(s)";
    }
}
