using System.Collections.Concurrent;
using Reqnroll.Bindings;
using Reqnroll.Bindings.Reflection;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Whether a step gives its step definition the arguments the method takes, and if not, what to change, in words.
/// </summary>
/// <remarks>
/// Reqnroll still picks a definition whose text matches when the step's data table or doc string does not fit the
/// method (it retries without checking the parameters), and then fails the step with "Parameter count mismatch!
/// ... should have 1 parameters" (the count it gives is the step's, not the method's) or a bare InvalidCastException
/// from string to Table. This says which step argument is missing, extra or of the wrong kind, and which method
/// parameter it is for.
/// </remarks>
public static class StepArgumentFit
{
    // Reqnroll reads a method's parameters by reflection on every call; every step of a run asks.
    private static readonly ConcurrentDictionary<IBindingMethod, IBindingParameter[]> ParametersOf = new();

    private const string ADataTable = "a data table";

    private const string ADocString = "a doc string";

    /// <summary>
    /// What looks wrong with the arguments <paramref name="step"/> gives <paramref name="match"/>'s method, in words; null
    /// when they look fine. Only a guess from the parameters' types: a step argument transformation may still convert a
    /// table or doc string to the parameter, so <see cref="CachingStepDefinitionMatchService"/> asks Reqnroll's own
    /// parameter check before it fails a step.
    /// </summary>
    public static string? Misfit(StepInstance step, BindingMatch match)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(match);
        var parameters = ParametersOf.GetOrAdd(match.StepBinding.Method, static method => [.. method.Parameters]);
        var given = match.Arguments.Length;
        var block = step.TableArgument is not null ? ADataTable : step.MultilineTextArgument is not null ? ADocString : null;
        var fromText = block is null ? given : given - 1;
        var last = parameters.Length == 0 ? null : parameters[^1];
        if (given == parameters.Length && !IsWrongKind(block, last))
        {
            return null;
        }

        var method = Describe(match.StepBinding.Method, parameters);
        var general = $"The step gives {given} argument{(given == 1 ? "" : "s")} ({fromText} from its text{(block is null ? "" : $" and {block}")}), but its step definition {method} takes {parameters.Length}.";
        if (!TextGaveWhatItAlwaysGives(match.StepBinding, fromText))
        {
            return general;
        }

        if (given == parameters.Length)
        {
            return block == ADataTable
                ? $"The step has a data table, but its step definition {method} takes a doc string as '{last!.ParameterName}': write the text between \"\"\" lines instead."
                : $"The step has a doc string, but its step definition {method} takes a data table as '{last!.ParameterName}': write it as a table (| column | ... |) instead.";
        }

        if (block is null && parameters.Length == given + 1 && (IsTable(last!) || IsText(last!)))
        {
            return $"The step has no data table or doc string, but its step definition {method} takes {(IsTable(last!) ? ADataTable : ADocString)} as '{last!.ParameterName}': add it on the lines below the step.";
        }

        // "Takes none" only when the method's last parameter could not be the block's: a data table beside a Table
        // parameter, or a doc string beside a string one, means the text gave an argument too many.
        if (block is not null && parameters.Length == fromText && !(last is not null && (block == ADataTable ? IsTable(last) : IsText(last))))
        {
            return $"The step has {block}, but its step definition {method} takes none: remove it from the step, or add a parameter for it to the method.";
        }

        return general;
    }

    /// <summary>Throws the misfit as the binding error Reqnroll fails a step with, carrying the match the step was found to.</summary>
    public static void Fail(string misfit, BindingMatch match) => throw new StepArgumentMisfitException(misfit, match);

    // A Cucumber expression always gives one argument per parameter in it. A regular expression's optional group that
    // took no part gives none, and a group that captures by accident gives one too many: advice about the table or doc
    // string would then be wrong, so the general sentence is given unless every group of the regex gave its argument.
    private static bool TextGaveWhatItAlwaysGives(IStepDefinitionBinding binding, int fromText) =>
        binding.ExpressionType == StepDefinitionExpressionTypes.CucumberExpression
        || binding.Regex is not { } regex
        || regex.GetGroupNumbers().Length - 1 == fromText;

    // A table given for a string parameter, or a doc string for a table, cannot be converted; anything else may be,
    // by a step argument transformation.
    private static bool IsWrongKind(string? block, IBindingParameter? last) => last is not null && block switch
    {
        ADataTable => IsText(last),
        ADocString => IsTable(last),
        _ => false,
    };

    private static bool IsTable(IBindingParameter parameter) => parameter.Type.FullName is "Reqnroll.Table" or "Reqnroll.DataTable";

    private static bool IsText(IBindingParameter parameter) => parameter.Type.FullName == "System.String";

    private static string Describe(IBindingMethod method, IReadOnlyList<IBindingParameter> parameters) =>
        $"{method.Type.Name}.{method.Name}({string.Join(", ", parameters.Select(parameter => $"{parameter.Type.Name} {parameter.ParameterName}"))})";
}
