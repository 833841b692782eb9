using Reqnroll;

namespace Specs.Runner.Tests.Bindings;

/// <summary>
/// Steps that take a data table, a doc string, or nothing after their text, for the arguments fixture set: what
/// the runner says when a step's block does not fit the method (StepArgumentFit).
/// </summary>
[Binding]
public sealed class ShelfSteps
{
    private readonly List<string> _boxes = [];

    [Given("the shelf lists these boxes:")]
    public void ListBoxes(Table boxes) => _boxes.AddRange(boxes.Rows.Select(row => row["box"]));

    [Given("the shelf label reads:")]
    public void ReadLabel(string label) => Assert.False(string.IsNullOrWhiteSpace(label));

    [Then("the shelf holds {int} boxes")]
    public void HoldsBoxes(int count) => Assert.Equal(count, _boxes.Count);
}
