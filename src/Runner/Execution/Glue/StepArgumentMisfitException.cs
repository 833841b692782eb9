using Reqnroll;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// A step whose data table or doc string does not fit its step definition: a mistake in the feature file or the
/// method, told in words; the frames of the runner's matching code where it was found would only hide that.
/// </summary>
public sealed class StepArgumentMisfitException(string message) : BindingException(message)
{
    public override string ToString() => $"{GetType().Name}: {Message}";
}
