using Reqnroll.Bindings;
using Reqnroll.Bindings.Reflection;
using Specs.Runner.Execution.Glue;

namespace Specs.Runner.Tests.Execution;

/// <summary>
/// The registry works out whether it is valid once it is Ready (Reqnroll asks before every step), and still answers
/// what Reqnroll's own registry would: an invalid step definition or a binding error makes it invalid, also when it
/// arrives after the answer was first given.
/// </summary>
public sealed class SpecsBindingRegistryTests
{
    private static readonly IBindingMethod Method = new RuntimeBindingMethod(typeof(StepHolder).GetMethod(nameof(StepHolder.AStep))!);

    [Fact]
    public void A_registry_without_errors_is_valid_and_stays_so_once_ready()
    {
        var registry = new SpecsBindingRegistry { Ready = true };

        Assert.True(((IBindingRegistry)registry).IsValid);
        Assert.True(((IBindingRegistry)registry).IsValid);
    }

    [Fact]
    public void An_invalid_step_definition_makes_it_invalid_even_after_it_was_asked()
    {
        var registry = new SpecsBindingRegistry { Ready = true };
        Assert.True(((IBindingRegistry)registry).IsValid);

        registry.RegisterStepDefinitionBinding(StepDefinitionBinding.CreateInvalid(
            StepDefinitionType.Given, Method, bindingScope: null!, StepDefinitionExpressionTypes.RegularExpression, "(unclosed", "the regex does not parse"));

        Assert.False(((IBindingRegistry)registry).IsValid);
    }

    [Fact]
    public void A_generic_binding_error_makes_it_invalid_even_after_it_was_asked()
    {
        var registry = new SpecsBindingRegistry { Ready = true };
        Assert.True(((IBindingRegistry)registry).IsValid);

        ((IBindingRegistry)registry).RegisterGenericBindingError(new BindingError(BindingErrorType.TypeLoadError, "a binding class could not be loaded"));

        Assert.False(((IBindingRegistry)registry).IsValid);
    }
}

/// <summary>The method the invalid step definition stands for.</summary>
internal static class StepHolder
{
    public static void AStep()
    {
    }
}
