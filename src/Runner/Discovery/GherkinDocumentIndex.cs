using Io.Cucumber.Messages.Types;

namespace Specs.Runner.Discovery;

/// <summary>
/// Looks up the AST nodes a pickle refers to (scenario, rule, examples, row, step) by id, with their lines.
/// Pickles only carry AST node ids; selection by line, JUnit names and console locations need the nodes.
/// </summary>
public sealed class GherkinDocumentIndex
{
    private readonly Dictionary<string, Scenario> _scenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Rule> _ruleOfScenario = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Examples Examples, int RowNumber)> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Step> _steps = new(StringComparer.Ordinal);

    public GherkinDocumentIndex(GherkinDocument document)
    {
        Feature = document.Feature;
        if (Feature is null)
        {
            return;
        }

        foreach (var child in Feature.Children)
        {
            Add(child.Background, child.Scenario, rule: null);
            if (child.Rule is { } rule)
            {
                foreach (var ruleChild in rule.Children)
                {
                    Add(ruleChild.Background, ruleChild.Scenario, rule);
                }
            }
        }
    }

    public Feature? Feature { get; }

    public Scenario Scenario(Pickle pickle) => _scenarios[pickle.AstNodeIds[0]];

    public Rule? RuleOf(Pickle pickle) => _ruleOfScenario.GetValueOrDefault(pickle.AstNodeIds[0]);

    /// <summary>The examples block and 1-based row number of an outline pickle; null for a plain scenario.</summary>
    public (Examples Examples, int RowNumber)? ExampleRow(Pickle pickle) =>
        pickle.AstNodeIds.Count > 1 && _rows.TryGetValue(pickle.AstNodeIds[^1], out var row) ? row : null;

    public TableRow? ExampleRowNode(Pickle pickle) =>
        ExampleRow(pickle) is { } row ? row.Examples.TableBody[row.RowNumber - 1] : null;

    /// <summary>The line a person would point at: the example row for outlines, else the scenario line.</summary>
    public long Line(Pickle pickle) => ExampleRowNode(pickle)?.Location.Line ?? Scenario(pickle).Location.Line;

    public Step? Step(PickleStep step) => step.AstNodeIds.Count > 0 ? _steps.GetValueOrDefault(step.AstNodeIds[0]) : null;

    /// <summary>Lines that select this pickle in `path:line`: its scenario, its rule, its examples block and row, the feature.</summary>
    public bool IsSelectedByLine(Pickle pickle, long line)
    {
        if (Feature?.Location.Line == line || Scenario(pickle).Location.Line == line || RuleOf(pickle)?.Location.Line == line)
        {
            return true;
        }

        if (ExampleRow(pickle) is { } row)
        {
            return row.Examples.Location.Line == line || row.Examples.TableBody[row.RowNumber - 1].Location.Line == line;
        }

        return false;
    }

    private void Add(Background? background, Scenario? scenario, Rule? rule)
    {
        if (background is not null)
        {
            foreach (var step in background.Steps)
            {
                _steps[step.Id] = step;
            }
        }

        if (scenario is null)
        {
            return;
        }

        _scenarios[scenario.Id] = scenario;
        if (rule is not null)
        {
            _ruleOfScenario[scenario.Id] = rule;
        }

        foreach (var step in scenario.Steps)
        {
            _steps[step.Id] = step;
        }

        foreach (var examples in scenario.Examples)
        {
            for (var i = 0; i < examples.TableBody.Count; i++)
            {
                _rows[examples.TableBody[i].Id] = (examples, i + 1);
            }
        }
    }
}
