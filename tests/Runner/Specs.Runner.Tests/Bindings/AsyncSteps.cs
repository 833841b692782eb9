using Reqnroll;

namespace Specs.Runner.Tests.Bindings;

/// <summary>
/// Bindings of every awaitable shape (Task, ValueTask, a transformation's Task of a value) and a value kept in an
/// AsyncLocal between steps, for the async fixture set: the runner's binding invoker calls most of them itself.
/// </summary>
[Binding]
public sealed class AsyncSteps(Counter counter)
{
    private static readonly AsyncLocal<string?> Flow = new();

    [StepArgumentTransformation("(one|two|seven)", Name = "spelled")]
    public static async Task<int> SpelledNumber(string word)
    {
        await Task.Yield();
        return word switch
        {
            "one" => 1,
            "two" => 2,
            _ => 7,
        };
    }

    [Given("the counter is set to {int} after a pause")]
    public async Task SetAfterPause(int value)
    {
        await Task.Delay(1);
        counter.Value = value;
    }

    [When("the counter is increased by {int} without blocking")]
    public ValueTask IncreaseWithoutBlocking(int amount)
    {
        counter.Value += amount;
        return ValueTask.CompletedTask;
    }

    [Given("the counter is set to the spelled number {spelled}")]
    public void SetToSpelled(int value) => counter.Value = value;

    [Given("the flow carries {string}")]
    public void FlowCarries(string value) => Flow.Value = value;

    [Then("the flow still carries {string}")]
    public void FlowStillCarries(string expected) => Assert.Equal(expected, Flow.Value);

    [When("an asynchronous step fails after a pause")]
    public async Task FailAfterPause()
    {
        await Task.Yield();
        throw new InvalidOperationException("the asynchronous step failed on purpose");
    }
}
