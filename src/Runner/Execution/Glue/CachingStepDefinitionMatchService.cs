using System.Collections.Concurrent;
using System.Globalization;
using Reqnroll.Bindings;
using Reqnroll.Bindings.Reflection;
using Reqnroll.ErrorHandling;
using Reqnroll.Infrastructure;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Reqnroll's step matching, with the regex search over all step definitions done once per distinct step text.
/// </summary>
/// <remarks>
/// Reqnroll tries every step's text against the regex of every definition of its kind (hundreds), for every
/// step of every scenario; a corpus repeats the same step texts many times over. Which definitions' regexes
/// match a text depends on the text and the definitions alone, so that list is kept per (kind, text) for the
/// run (<see cref="StepCandidateCache"/>). Everything that depends on the scenario (scope against its tags,
/// the arguments and whether they convert to the parameters) still runs per step through Reqnroll's own
/// <see cref="StepDefinitionMatchService.Match"/>, on those few candidates, in the registry's order, so the
/// chosen binding, the ambiguity and the error messages are the same as without the cache.
/// </remarks>
public sealed class CachingStepDefinitionMatchService : StepDefinitionMatchService
{
    private readonly IBindingRegistry _bindingRegistry;
    private readonly StepCandidateCache _cache;

    public CachingStepDefinitionMatchService(
        IBindingRegistry bindingRegistry,
        IStepArgumentTypeConverter stepArgumentTypeConverter,
        IErrorProvider errorProvider,
        IMatchArgumentCalculator matchArgumentCalculator,
        StepCandidateCache cache)
        : base(bindingRegistry, stepArgumentTypeConverter, errorProvider, matchArgumentCalculator)
    {
        _bindingRegistry = bindingRegistry;
        _cache = cache;
    }

    protected override IEnumerable<BindingMatch> GetCandidatingBindingsForBestMatch(StepInstance stepInstance, CultureInfo bindingCulture)
    {
        var candidates = _cache.Candidates(_bindingRegistry, stepInstance.StepDefinitionType, stepInstance.Text);
        // As Reqnroll does: one match per method, the one with the most scope matches.
        return candidates
            .Select(binding => Match(binding, stepInstance, bindingCulture))
            .Where(match => match.Success)
            .GroupBy(match => match.StepBinding.Method, (_, matches) => matches.OrderByDescending(match => match.ScopeMatches).First(), BindingMethodComparer.Instance);
    }
}

/// <summary>
/// Per step kind and text, the step definitions whose regex matches it (or that are invalid, so that
/// Reqnroll's own match still reports them), in the binding registry's order. Shared by every worker of a run.
/// </summary>
public sealed class StepCandidateCache
{
    private readonly ConcurrentDictionary<(StepDefinitionType Kind, string Text), IStepDefinitionBinding[]> _candidates = new();

    public IStepDefinitionBinding[] Candidates(IBindingRegistry registry, StepDefinitionType kind, string text) =>
        _candidates.GetOrAdd((kind, text), key => registry.GetConsideredStepDefinitions(key.Kind, key.Text)
            .Where(binding => binding.StepDefinitionType == key.Kind && (!binding.IsValid || binding.Regex.IsMatch(key.Text)))
            .ToArray());
}
