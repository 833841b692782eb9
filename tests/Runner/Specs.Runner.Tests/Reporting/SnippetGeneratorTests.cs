using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting;

namespace Specs.Runner.Tests.Reporting;

public sealed class SnippetGeneratorTests
{
    [Fact]
    public void A_snippet_turns_quoted_text_and_numbers_into_parameters()
    {
        var step = new PickleStep(null, [], "id", PickleStepType.CONTEXT, "the \"north\" bin holds 12 items at 2.5 kg");

        Assert.Equal(
            "[Given(\"the {string} bin holds {int} items at {float} kg\")]\npublic void GivenTheBinHoldsItemsAtKg(string p0, int p1, double p2)\n{\n    throw new PendingStepException();\n}\n",
            SnippetGenerator.Snippet(step));
    }

    [Fact]
    public void A_snippet_escapes_cucumber_expression_characters_and_takes_a_table()
    {
        var table = new PickleStepArgument(null, new PickleTable([]));
        var step = new PickleStep(table, [], "id", PickleStepType.OUTCOME, "the views (all of them) match:");

        Assert.StartsWith("[Then(\"the views \\\\(all of them\\\\) match:\")]\npublic void ThenTheViewsAllOfThemMatch(Table table)", SnippetGenerator.Snippet(step));
    }
}
