using Reqnroll;
using Reqnroll.Bindings;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// A step whose data table or doc string does not fit its step definition: a mistake in the feature file or the
/// method, told in words; the frames of the runner's matching code where it was found would only hide that.
/// </summary>
public sealed class StepArgumentMisfitException(string message, BindingMatch match) : BindingException(message)
{
    /// <summary>The step definition the step's text matched: the reports name it, as they do a failing step's.</summary>
    public BindingMatch Match { get; } = match;

    public override string ToString() => $"{GetType().Name}: {Message}";
}
