using Reqnroll;

namespace Specs.Runner.Tests.Bindings;

/// <summary>Steps of the fixture sets under tests/Runner/Fixtures (texts unique across all sets).</summary>
[Binding]
public sealed class CounterSteps(Counter counter)
{
    [Given("the counter starts at {int}")]
    public void CounterStartsAt(int value) => counter.Value = value;

    [When("the counter is increased by {int}")]
    public void CounterIncreasedBy(int amount) => counter.Value += amount;

    [Then("the counter reads {int}")]
    public void CounterReads(int expected)
    {
        if (counter.Value != expected)
        {
            throw new InvalidOperationException($"expected the counter to read {expected} but it reads {counter.Value}");
        }
    }

    [Given("these numbers:")]
    public void TheseNumbers(Table table) => counter.Numbers.AddRange(table.Rows.Select(row => int.Parse(row["value"], System.Globalization.CultureInfo.InvariantCulture)));

    [Then("their sum is {int}")]
    public void TheirSumIs(int expected) => Assert.Equal(expected, counter.Numbers.Sum());

    [Given("this text:")]
    public void ThisText(string text) => counter.Text = text;

    [Then("the text has {int} lines")]
    public void TheTextHasLines(int lines) => Assert.Equal(lines, counter.Text.Split('\n').Length);

    [Given("a step that is still pending")]
    public void StillPending() => throw new PendingStepException();

    [Given("a step with two matching definitions")]
    public void FirstOfTwo()
    {
    }

    [Given("a step with two matching definitions")]
    public void SecondOfTwo()
    {
    }

    [Then("the hook log reads {string}")]
    public void HookLogReads(string expected) => Assert.Equal(expected, string.Join(",", counter.HookLog));

    /// <summary>Never matched by any fixture: the summary must list it as unused.</summary>
    [Then("nothing ever calls this step")]
    public void NeverCalled()
    {
    }
}
