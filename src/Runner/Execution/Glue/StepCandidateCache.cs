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
    private readonly ConcurrentDictionary<IStepDefinitionBinding, RequiredLiteral> _literals = new(ReferenceEqualityComparer.Instance);

    public IStepDefinitionBinding[] Candidates(IBindingRegistry registry, StepDefinitionType kind, string text) =>
        _candidates.GetOrAdd((kind, text), key => registry.GetConsideredStepDefinitions(key.Kind, key.Text)
            .Where(binding => binding.StepDefinitionType == key.Kind && (!binding.IsValid || MayMatch(binding, key.Text) && binding.Regex.IsMatch(key.Text)))
            .ToArray());

    private bool MayMatch(IStepDefinitionBinding binding, string text) =>
        _literals.GetOrAdd(binding, static binding => RequiredLiteral.Of(binding.Regex)).MayOccurIn(text);
}
