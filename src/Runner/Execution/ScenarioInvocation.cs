using System.Globalization;
using Io.Cucumber.Messages.Types;
using Exception = System.Exception;
using Reqnroll;
using Specs.Runner.Discovery;

namespace Specs.Runner.Execution;

/// <summary>
/// Drives one attempt of one pickle through an ITestRunner, in the order generated code-behind would:
/// feature switch, scenario initialise/start, each step, collect errors, end.
/// </summary>
public static class ScenarioInvocation
{
    public static async Task<Exception?> RunAsync(ITestRunner runner, FeatureInfo featureInfo, SelectedScenario scenario, ScenarioRecorder recorder)
    {
        if (runner.FeatureContext is not null && !ReferenceEquals(runner.FeatureContext.FeatureInfo, featureInfo))
        {
            await runner.OnFeatureEndAsync();
        }

        if (runner.FeatureContext is null)
        {
            await runner.OnFeatureStartAsync(featureInfo);
        }

        // Steps bind under the feature's culture. Reqnroll switches the thread's culture around every step binding
        // it invokes unless the thread already runs under it, and for a neutral language ("en") each switch loads
        // the Gherkin dialect afresh (LanguageHelper's cache is never filled): 3% of a whole run's CPU. Set once
        // here, the switches become no-ops; an async method's culture change stays in its own flow, so this
        // scenario's steps see it and the worker's caller does not.
        if (runner.FeatureContext?.BindingCulture is { } bindingCulture)
        {
            CultureInfo.CurrentCulture = bindingCulture;
        }

        var index = scenario.Feature.Index;
        var pickle = scenario.Pickle;
        var astScenario = index.Scenario(pickle);
        var rule = index.RuleOf(pickle);
        var arguments = new System.Collections.Specialized.OrderedDictionary();
        if (index.ExampleRow(pickle) is { } row)
        {
            var header = row.Examples.TableHeader?.Cells ?? [];
            var cells = row.Examples.TableBody[row.RowNumber - 1].Cells;
            for (var i = 0; i < Math.Min(header.Count, cells.Count); i++)
            {
                arguments[header[i].Value] = cells[i].Value;
            }
        }

        var tags = pickle.Tags.Select(tag => tag.Name.TrimStart('@')).ToArray();
        runner.OnScenarioInitialize(
            new ScenarioInfo(pickle.Name, astScenario.Description, tags, arguments),
            rule is null ? null : new RuleInfo(rule.Name, rule.Description, rule.Tags.Select(tag => tag.Name.TrimStart('@')).ToArray()));
        Exception? unexpected = null;
        try
        {
            await runner.OnScenarioStartAsync();
            for (var i = 0; i < pickle.Steps.Count; i++)
            {
                recorder.EnterStep(i);
                await CallStepAsync(runner, pickle.Steps[i], index.Step(pickle.Steps[i])?.Keyword);
            }

            recorder.EnterStep(pickle.Steps.Count);
            await runner.CollectScenarioErrorsAsync();
        }
        catch (Exception error)
        {
            // CollectScenarioErrorsAsync rethrows the failure of a step, already recorded from the events; the
            // recorder only uses this error when no step explains the failure.
            unexpected = error;
        }

        try
        {
            await runner.OnScenarioEndAsync();
        }
        catch (Exception error)
        {
            // An [AfterScenario] failure is recorded from its hook event; keep the error for the same reason.
            unexpected ??= error;
        }

        return unexpected;
    }

    private static Task CallStepAsync(ITestRunner runner, PickleStep step, string? keyword)
    {
        var docString = step.Argument?.DocString?.Content;
        Table? table = null;
        if (step.Argument?.DataTable is { Rows.Count: > 0 } dataTable)
        {
            table = new Table(dataTable.Rows[0].Cells.Select(cell => cell.Value).ToArray());
            foreach (var row in dataTable.Rows.Skip(1))
            {
                table.AddRow(row.Cells.Select(cell => cell.Value).ToArray());
            }
        }

        return step.Type switch
        {
            PickleStepType.CONTEXT => runner.GivenAsync(step.Text, docString, table, keyword),
            PickleStepType.ACTION => runner.WhenAsync(step.Text, docString, table, keyword),
            PickleStepType.OUTCOME => runner.ThenAsync(step.Text, docString, table, keyword),
            _ => runner.AndAsync(step.Text, docString, table, keyword),
        };
    }
}
