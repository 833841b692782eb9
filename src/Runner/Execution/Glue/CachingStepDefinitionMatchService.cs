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
/// the arguments and whether they convert to the parameters) runs through Reqnroll's own
/// <see cref="StepDefinitionMatchService.Match"/>, on those few candidates, in the registry's order, so the
/// chosen binding, the ambiguity and the error messages are the same as without the cache; for a step without a table
/// or doc string whose candidates have no scope, the best match depends on the text alone and is chosen once
/// (<see cref="StepCandidateCache.BestMatch"/>).
/// </remarks>
public sealed class CachingStepDefinitionMatchService : StepDefinitionMatchService, IStepDefinitionMatchService
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

    /// <summary>
    /// Reqnroll's best match, refused with a clear error when the step's table or doc string does not fit it
    /// (<see cref="StepArgumentFit"/>). The base class implements the interface without letting it be overridden, so
    /// this class implements it again.
    /// </summary>
    /// <remarks>
    /// A plain step (no table or doc string) whose candidate definitions are all unscoped has the same best match
    /// wherever it occurs, so once found it is kept per text (<see cref="StepCandidateCache.BestMatch"/>): choosing
    /// it again (Reqnroll lists, groups and orders the candidates' matches) was about a twentieth of a run's CPU.
    /// Only a match without ambiguity is kept; an undefined, ambiguous or misfitting step always goes through Reqnroll.
    /// </remarks>
    public new BindingMatch GetBestMatch(StepInstance stepInstance, CultureInfo bindingCulture, out StepDefinitionAmbiguityReason ambiguityReason, out List<BindingMatch> candidatingMatches)
    {
        var plain = stepInstance.MultilineTextArgument is null && stepInstance.TableArgument is null;
        if (plain && _cache.BestMatch(stepInstance.StepDefinitionType, stepInstance.Text, bindingCulture.Name) is { } known)
        {
            ambiguityReason = StepDefinitionAmbiguityReason.None;
            candidatingMatches = [known];
            return known;
        }

        var match = base.GetBestMatch(stepInstance, bindingCulture, out ambiguityReason, out candidatingMatches);
        // Reqnroll returns a definition whose text matches even when its parameter check failed (it retries without
        // it); the misfit is confirmed with that check, which knows the step argument transformations.
        if (match.Success && StepArgumentFit.Misfit(stepInstance, match) is { } misfit
            && !Match(match.StepBinding, stepInstance, bindingCulture, useRegexMatching: true, useParamMatching: true, useScopeMatching: false).Success)
        {
            StepArgumentFit.Fail(misfit, match);
        }

        if (plain && match.Success && ambiguityReason == StepDefinitionAmbiguityReason.None
            && _cache.Candidates(_bindingRegistry, stepInstance.StepDefinitionType, stepInstance.Text).All(binding => !binding.IsScoped))
        {
            _cache.KeepBestMatch(stepInstance.StepDefinitionType, stepInstance.Text, bindingCulture.Name, match);
        }

        return match;
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
