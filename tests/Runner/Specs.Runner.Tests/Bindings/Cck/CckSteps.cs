using Reqnroll;
using Specs.Runner.Extensibility;

namespace Specs.Runner.Tests.Bindings.Cck;

// Step definitions of the Cucumber Compatibility Kit samples (TestData/cck), written in C# after the kit's
// TypeScript ones. Each class is scoped to its sample's feature so that samples never see each other's steps.

/// <summary>A step signals "skip this scenario" by throwing an exception named *SkipException.</summary>
public sealed class CckSkipException() : Exception("skipped by the step");

[Binding]
[Scope(Feature = "minimal")]
public sealed class CckMinimalSteps
{
    [Given("I have {int} cukes in my belly")]
    public void Cukes(int count) => _ = count;
}

[Binding]
[Scope(Feature = "Backgrounds")]
public sealed class CckBackgroundsSteps
{
    [Given("an order for {string}")]
    public void AnOrderFor(string item) => _ = item;

    [When("an action")]
    public void AnAction()
    {
    }

    [Then("an outcome")]
    public void AnOutcome()
    {
    }
}

[Binding]
[Scope(Feature = "Data Tables")]
public sealed class CckDataTablesSteps
{
    private List<List<string>> _transposed = [];

    [When("the following table is transposed:")]
    public void Transposed(Table table)
    {
        var rows = new List<List<string>> { table.Header.ToList() };
        rows.AddRange(table.Rows.Select(row => row.Values.ToList()));
        _transposed = Enumerable.Range(0, rows[0].Count).Select(column => rows.Select(row => row[column]).ToList()).ToList();
    }

    [Then("it should be:")]
    public void ItShouldBe(Table expected)
    {
        var rows = new List<List<string>> { expected.Header.ToList() };
        rows.AddRange(expected.Rows.Select(row => row.Values.ToList()));
        Assert.Equal(rows, _transposed);
    }
}

[Binding]
[Scope(Feature = "Doc strings")]
public sealed class CckDocStringsSteps
{
    [Given("a doc string:")]
    public void ADocString(string docString) => _ = docString;
}

[Binding]
[Scope(Feature = "Examples Tables")]
public sealed class CckExamplesTablesSteps
{
    private int _count;
    private int _friends;

    [Given("there are {int} cucumbers")]
    public void Cucumbers(int count) => _count = count;

    [Given("there are {int} friends")]
    public void Friends(int friends) => _friends = friends;

    [When("I eat {int} cucumbers")]
    public void Eat(int count) => _count -= count;

    [Then("I should have {int} cucumbers")]
    public void ShouldHave(int expected) => Assert.Equal(expected, _count);

    [Then("each person can eat {int} cucumbers")]
    public void EachCanEat(int expected) => Assert.Equal(expected, (int)Math.Floor(_count / (1.0 + _friends)));
}

[Binding]
[Scope(Feature = "Usage of a `Rule`")]
public sealed class CckRulesSteps
{
    private int _money;
    private List<string> _stock = [];
    private string? _chocolate;

    [Given("the customer has {int} cents")]
    public void CustomerHas(int money) => _money = money;

    [Given("there are chocolate bars in stock")]
    public void InStock() => _stock = ["Mars"];

    [Given("there are no chocolate bars in stock")]
    public void NoneInStock() => _stock = [];

    [When("the customer tries to buy a {int} cent chocolate bar")]
    public void TriesToBuy(int price)
    {
        if (_money >= price && _stock.Count > 0)
        {
            _chocolate = _stock[^1];
            _stock.RemoveAt(_stock.Count - 1);
        }
    }

    [Then("the sale should not happen")]
    public void SaleShouldNotHappen() => Assert.Null(_chocolate);

    [Then("the sale should happen")]
    public void SaleShouldHappen() => Assert.NotNull(_chocolate);
}

[Binding]
[Scope(Feature = "Undefined steps")]
public sealed class CckUndefinedSteps
{
    [Given("an implemented step")]
    public void Implemented()
    {
    }

    [Given("a step that will be skipped")]
    public void WillBeSkipped()
    {
    }
}

[Binding]
[Scope(Feature = "Pending steps")]
public sealed class CckPendingSteps
{
    [Given("an implemented non-pending step")]
    public void NonPending()
    {
    }

    [Given("an implemented step that is skipped")]
    public void Skipped()
    {
    }

    [Given("an unimplemented pending step")]
    public void Pending() => throw new PendingStepException();
}

[Binding]
[Scope(Feature = "Skipping scenarios")]
public sealed class CckSkippedSteps
{
    [Given("a step that does not skip")]
    public void DoesNotSkip()
    {
    }

    [Given("a step that is skipped")]
    public void IsSkipped()
    {
    }

    [Given("I skip a step")]
    public void SkipAStep() => throw new CckSkipException();
}

[Binding]
[Scope(Feature = "Hooks")]
public sealed class CckHooksSteps
{
    [BeforeScenario]
    public void Before()
    {
    }

    [When("a step passes")]
    public void Passes()
    {
    }

    [When("a step fails")]
    public void Fails() => throw new InvalidOperationException("Exception in step");

    [AfterScenario]
    public void After()
    {
    }
}

[Binding]
[Scope(Feature = "Ambiguous steps")]
public sealed class CckAmbiguousSteps
{
    [Given("^a (.*?) with (.*?)$")]
    public void First(string thing, string what) => _ = (thing, what);

    [Given("^a step with (.*)$")]
    public void Second(string what) => _ = what;
}

/// <summary>The parameter-types sample's flight: two airport codes.</summary>
public sealed record CckFlight(string From, string To);

[Binding]
[Scope(Feature = "Parameter Types")]
public sealed class CckParameterTypesSteps
{
    [StepArgumentTransformation("([A-Z]{3})-([A-Z]{3})", Name = "flight")]
    public CckFlight Flight(string from, string to) => new(from, to);

    [Given("{flight} has been delayed")]
    public void Delayed(CckFlight flight)
    {
        Assert.Equal("LHR", flight.From);
        Assert.Equal("CDG", flight.To);
    }
}

[Binding]
[Scope(Feature = "Retry")]
public sealed class CckRetrySteps
{
    // One attempt counter per step for the whole run, as in the kit: each retry is a fresh scenario instance.
    private static int _secondTime;
    private static int _thirdTime;

    [Given("a step that always passes")]
    public void AlwaysPasses()
    {
    }

    [Given("a step that passes the second time")]
    public void PassesSecondTime()
    {
        if (Interlocked.Increment(ref _secondTime) < 2)
        {
            throw new InvalidOperationException("Exception in step");
        }
    }

    [Given("a step that passes the third time")]
    public void PassesThirdTime()
    {
        if (Interlocked.Increment(ref _thirdTime) < 3)
        {
            throw new InvalidOperationException("Exception in step");
        }
    }

    [Given("a step that always fails")]
    public void AlwaysFails() => throw new InvalidOperationException("Exception in step");
}

[Binding]
[Scope(Feature = "Parameter Types")]
public sealed class CckUnknownParameterTypeSteps
{
    // {airport} is defined nowhere: the runner sets this definition aside, so its step is undefined.
    [Given("{airport} is closed because of a strike")]
    public void AirportClosed(string airport) =>
        throw new InvalidOperationException($"not called: the airport parameter type ({airport}) is not defined");
}

[Binding]
[Scope(Feature = "Attachments")]
public sealed class CckAttachmentsSteps(IScenarioAttachments attachments)
{
    [When("the string {string} is attached as {string}")]
    public void StringAttached(string text, string mediaType) => attachments.Attach(text, mediaType);

    [When("the string {string} is logged")]
    public void StringLogged(string text) => attachments.Log(text);

    [When("text with ANSI escapes is logged")]
    public void AnsiLogged() =>
        attachments.Log("This displays a \u001b[31mr\u001b[0m\u001b[91ma\u001b[0m\u001b[33mi\u001b[0m\u001b[32mn\u001b[0m\u001b[34mb\u001b[0m\u001b[95mo\u001b[0m\u001b[35mw\u001b[0m");

    [When("the following string is attached as {string}:")]
    public void DocStringAttached(string mediaType, string text) => attachments.Attach(text, mediaType);

    [When("an array with {int} bytes is attached as {string}")]
    public void BytesAttached(int size, string mediaType) =>
        attachments.AttachBytes(Enumerable.Range(0, size).Select(value => (byte)value).ToArray(), mediaType);

    [When("a PDF document is attached and renamed")]
    public void PdfAttached() =>
        attachments.AttachBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "cck", "attachments", "document.pdf")), "application/pdf", "renamed.pdf");

    [When("a link to {string} is attached")]
    public void LinkAttached(string uri) => attachments.Link(uri);
}
