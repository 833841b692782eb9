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

    /// <summary>What is wrong with the arguments <paramref name="step"/> gives <paramref name="match"/>'s method; null when they fit.</summary>
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

        if (block is not null && parameters.Length == fromText)
        {
            return $"The step has {block}, but its step definition {method} takes none: remove it from the step, or add a parameter for it to the method.";
        }

        var textPart = $"{fromText} from its text{(block is null ? "" : $" and {block}")}";
        return $"The step gives {given} argument{(given == 1 ? "" : "s")} ({textPart}), but its step definition {method} takes {parameters.Length}.";
    }

    /// <summary>Throws the misfit as the binding error Reqnroll fails a step with.</summary>
    public static void Check(StepInstance step, BindingMatch match)
    {
        if (match.Success && Misfit(step, match) is { } misfit)
        {
            throw new StepArgumentMisfitException(misfit);
        }
    }

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
