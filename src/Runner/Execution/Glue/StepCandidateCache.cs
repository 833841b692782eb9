using System.Collections.Concurrent;
using Reqnroll.Bindings;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Per step kind and text, the step definitions whose regex matches it (or that are invalid, so that
/// Reqnroll's own match still reports them), in the binding registry's order. Shared by every worker of a run.
/// </summary>
/// <remarks>
/// A corpus has thousands of distinct step texts (the numbers and names vary) and hundreds of definitions per
/// kind, so even once per text, running every definition's regex was 4% of a run's CPU. A regex can only match
/// a text that contains the literal it requires (<see cref="RequiredLiteral"/>), and a substring search is far
/// cheaper than a regex: definitions whose literal is missing are passed over without running their regex.
/// </remarks>
public sealed class StepCandidateCache
{
    private readonly ConcurrentDictionary<(StepDefinitionType Kind, string Text), IStepDefinitionBinding[]> _candidates = new();
    private readonly ConcurrentDictionary<StepDefinitionType, Definition[]> _definitions = new();
    private readonly ConcurrentDictionary<(StepDefinitionType Kind, string Text, string Culture), BindingMatch> _bestMatches = new();

    public IStepDefinitionBinding[] Candidates(IBindingRegistry registry, StepDefinitionType kind, string text)
    {
        if (_candidates.TryGetValue((kind, text), out var known))
        {
            return known;
        }

        var candidates = new List<IStepDefinitionBinding>();
        foreach (var (binding, literal) in DefinitionsOf(registry, kind))
        {
            if (!binding.IsValid || literal.MayOccurIn(text) && binding.Regex.IsMatch(text))
            {
                candidates.Add(binding);
            }
        }

        return _candidates.GetOrAdd((kind, text), [.. candidates]);
    }

    /// <summary>The best match kept for a plain step text under one culture (see <see cref="KeepBestMatch"/>), or null.</summary>
    public BindingMatch? BestMatch(StepDefinitionType kind, string text, string culture) =>
        _bestMatches.TryGetValue((kind, text, culture), out var match) ? match : null;

    /// <summary>
    /// Keeps the best match of a plain step text (no table or doc string) whose candidates are all unscoped: it then
    /// depends on the text, the culture and the definitions alone. Reqnroll builds a fresh match per step, running the
    /// regex again, checking that every argument converts and reading every attribute of the step method by reflection
    /// (to see whether it is obsolete), then lists, groups and orders the candidates' matches; the corpus's 8,053 plain
    /// steps have 1,716 distinct texts. A match is never changed once made, and the scenario it carries (its step
    /// context) is read by nothing in Reqnroll or the runner.
    /// </summary>
    public void KeepBestMatch(StepDefinitionType kind, string text, string culture, BindingMatch match) =>
        _bestMatches.TryAdd((kind, text, culture), match);

    // Every definition of a kind with its required literal, worked out once per run: Reqnroll's registry considers
    // every definition of the kind whatever the step's text, so one list serves every text, and the filter reads each
    // definition's literal beside it instead of looking it up per definition and text (about 1% of a verify's CPU).
    private Definition[] DefinitionsOf(IBindingRegistry registry, StepDefinitionType kind) =>
        _definitions.GetOrAdd(kind, static (kind, registry) => registry.GetConsideredStepDefinitions(kind, null)
            .Where(binding => binding.StepDefinitionType == kind)
            .Select(binding => new Definition(binding, binding.IsValid ? RequiredLiteral.Of(binding.Regex) : RequiredLiteral.None))
            .ToArray(), registry);

    private readonly record struct Definition(IStepDefinitionBinding Binding, RequiredLiteral Literal);
}
