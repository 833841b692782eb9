using Io.Cucumber.Messages.Types;
using Reqnroll.Bindings;
using Specs.Runner.Discovery;
using Specs.Runner.Execution.Glue;
using ReqnrollHookType = Reqnroll.Bindings.HookType;

namespace Specs.Runner.Execution;

/// <summary>
/// The step definitions and hooks of the loaded binding assemblies, each with a stable id derived from its
/// method and pattern, so that stepDefinition and hook messages are emitted once and reproducibly.
/// </summary>
public sealed class BindingCatalog
{
    private readonly Dictionary<IStepDefinitionBinding, string> _stepIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IHookBinding, string> _hookIds = new(ReferenceEqualityComparer.Instance);

    public static BindingCatalog Empty { get; } = new([], []);

    public BindingCatalog(
        IEnumerable<IStepDefinitionBinding> steps,
        IEnumerable<IHookBinding> hooks,
        IEnumerable<IStepArgumentTransformationBinding>? transformations = null,
        IEnumerable<UndefinedParameterTypeBinding>? undefinedParameterTypes = null)
    {
        // Only a named transformation is a parameter type a Cucumber expression can use ({flight}); an unnamed one
        // converts by target type and has no place in the parameterType message.
        foreach (var transformation in (transformations ?? []).Where(transformation => !string.IsNullOrEmpty(transformation.Name))
                     .OrderBy(transformation => transformation.Name, StringComparer.Ordinal).ThenBy(MethodKey, StringComparer.Ordinal))
        {
            // Reqnroll anchors the declared regex (^...$) to match a whole argument; inside a Cucumber expression
            // the parameter type's regex is unanchored, as the declaration reads.
            var pattern = transformation.Regex?.ToString() ?? "";
            pattern = pattern.StartsWith('^') && pattern.EndsWith('$') && !pattern.EndsWith("\\$", StringComparison.Ordinal) ? pattern[1..^1] : pattern;
            ParameterTypes.Add(new ParameterType(
                transformation.Name,
                [pattern],
                false,
                true,
                StableId.From("parameterType", MethodKey(transformation), transformation.Name, pattern),
                Reference(transformation)));
        }

        foreach (var undefined in (undefinedParameterTypes ?? []).OrderBy(undefined => MethodKey(undefined.Binding), StringComparer.Ordinal))
        {
            var expression = undefined.Binding.SourceExpression ?? "";
            UndefinedParameterTypes.Add(new UndefinedParameterType(expression, undefined.Name));
            Warnings.Add($"step definition {undefined.Binding.Method.Type.FullName}.{undefined.Binding.Method.Name} (\"{expression}\") uses the parameter type "
                + $"{{{undefined.Name}}}, which no [StepArgumentTransformation(..., Name = \"{undefined.Name}\")] defines; it matches no step, so its steps are undefined");
        }

        foreach (var step in steps.OrderBy(MethodKey, StringComparer.Ordinal).ThenBy(step => step.SourceExpression, StringComparer.Ordinal))
        {
            var id = StableId.From("stepDefinition", MethodKey(step), step.StepDefinitionType.ToString(), step.SourceExpression ?? "");
            _stepIds[step] = id;
            StepDefinitions.Add(new StepDefinition(
                id,
                new StepDefinitionPattern(step.SourceExpression ?? "", IsRegex(step) ? StepDefinitionPatternType.REGULAR_EXPRESSION : StepDefinitionPatternType.CUCUMBER_EXPRESSION),
                Reference(step)));
        }

        foreach (var hook in hooks.Where(hook => MessageHookType(hook.HookType) is not null)
                     .OrderBy(hook => (int)hook.HookType).ThenBy(hook => hook.HookOrder).ThenBy(MethodKey, StringComparer.Ordinal))
        {
            var id = StableId.From("hook", MethodKey(hook), hook.HookType.ToString(), hook.HookOrder.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _hookIds[hook] = id;
            Hooks.Add(new Hook(id, hook.Method.Name, Reference(hook), hook.BindingScope?.Tag is { } tag ? "@" + tag : null, MessageHookType(hook.HookType)!.Value));
        }
    }

    public List<StepDefinition> StepDefinitions { get; } = [];

    public List<Hook> Hooks { get; } = [];

    /// <summary>Custom parameter types: the named step argument transformations.</summary>
    public List<ParameterType> ParameterTypes { get; } = [];

    /// <summary>Step definitions left out because their expression names a parameter type nobody defined.</summary>
    public List<UndefinedParameterType> UndefinedParameterTypes { get; } = [];

    /// <summary>What the console says about the bindings before the summary: one line per problem, naming the method.</summary>
    public List<string> Warnings { get; } = [];

    public string? StepId(IStepDefinitionBinding binding) => _stepIds.GetValueOrDefault(binding);

    public string? HookId(IHookBinding binding) => _hookIds.GetValueOrDefault(binding);

    /// <summary>The message hook type of a Reqnroll hook; null for feature, block and step hooks (Cucumber has no place for them).</summary>
    public static Io.Cucumber.Messages.Types.HookType? MessageHookType(ReqnrollHookType type) => type switch
    {
        ReqnrollHookType.BeforeTestRun => Io.Cucumber.Messages.Types.HookType.BEFORE_TEST_RUN,
        ReqnrollHookType.AfterTestRun => Io.Cucumber.Messages.Types.HookType.AFTER_TEST_RUN,
        ReqnrollHookType.BeforeScenario => Io.Cucumber.Messages.Types.HookType.BEFORE_TEST_CASE,
        ReqnrollHookType.AfterScenario => Io.Cucumber.Messages.Types.HookType.AFTER_TEST_CASE,
        _ => null,
    };

    private static bool IsRegex(IStepDefinitionBinding step) =>
        string.Equals(step.ExpressionType, "RegularExpression", StringComparison.OrdinalIgnoreCase);

    private static string MethodKey(IBinding binding) =>
        $"{binding.Method.Type.FullName}.{binding.Method.Name}({string.Join(",", binding.Method.Parameters.Select(parameter => parameter.Type.Name))})";

    private static SourceReference Reference(IBinding binding) =>
        new(null, new JavaMethod(binding.Method.Type.FullName, binding.Method.Name, binding.Method.Parameters.Select(parameter => parameter.Type.FullName).ToList()), null, null);
}
