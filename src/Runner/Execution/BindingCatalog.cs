using Io.Cucumber.Messages.Types;
using Reqnroll.Bindings;
using Specs.Runner.Discovery;
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

    public BindingCatalog(IEnumerable<IStepDefinitionBinding> steps, IEnumerable<IHookBinding> hooks)
    {
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
