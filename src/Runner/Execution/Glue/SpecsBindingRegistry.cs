using System.Text.RegularExpressions;
using Reqnroll.Bindings;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Reqnroll's binding registry, except that a step definition whose Cucumber expression names a parameter type
/// nobody defined is set aside instead of registered. Reqnroll would register it as invalid, and one invalid
/// step definition makes every scenario of the run fail with a binding error; Cucumber instead reports an
/// undefinedParameterType message and leaves the steps it would have matched undefined, which is what the
/// runner does with the definitions listed in <see cref="UndefinedParameterTypes"/>.
/// </summary>
public sealed partial class SpecsBindingRegistry : BindingRegistry, IBindingRegistry
{
    private readonly object _gate = new();
    private readonly List<UndefinedParameterTypeBinding> _undefined = [];
    private volatile Validity _validity;

    private enum Validity
    {
        Unknown,
        Valid,
        Invalid,
    }

    /// <summary>
    /// Whether no binding is in error, worked out once the registry is complete: Reqnroll asks before matching every
    /// step, and its answer walks every step definition (about 530 here) and the registry's own errors each time. The base
    /// class does not let it be overridden, so this class implements the interface again.
    /// </summary>
    public new bool IsValid
    {
        get
        {
            if (!Ready)
            {
                return base.IsValid;
            }

            if (_validity == Validity.Unknown)
            {
                _validity = base.IsValid ? Validity.Valid : Validity.Invalid;
            }

            return _validity == Validity.Valid;
        }
    }

    /// <summary>The step definitions set aside, in registration order.</summary>
    public IReadOnlyList<UndefinedParameterTypeBinding> UndefinedParameterTypes
    {
        get
        {
            lock (_gate)
            {
                return [.. _undefined];
            }
        }
    }

    public override void RegisterStepDefinitionBinding(IStepDefinitionBinding stepDefinitionBinding)
    {
        ArgumentNullException.ThrowIfNull(stepDefinitionBinding);
        _validity = Validity.Unknown;
        if (!stepDefinitionBinding.IsValid && UndefinedParameterTypeName(stepDefinitionBinding.ErrorMessage) is { } name)
        {
            lock (_gate)
            {
                _undefined.Add(new UndefinedParameterTypeBinding(stepDefinitionBinding, name));
            }

            return;
        }

        base.RegisterStepDefinitionBinding(stepDefinitionBinding);
    }

    /// <summary>Records a binding error not tied to a step definition; the registry is then worked out again.</summary>
    public new void RegisterGenericBindingError(BindingError error)
    {
        _validity = Validity.Unknown;
        base.RegisterGenericBindingError(error);
    }

    /// <summary>
    /// The parameter type named by Cucumber Expressions' "Undefined parameter type" error (the same text Reqnroll's
    /// own message generator reads), without braces; null for any other binding error.
    /// </summary>
    public static string? UndefinedParameterTypeName(string? errorMessage)
    {
        if (errorMessage is null)
        {
            return null;
        }

        var match = UndefinedParameterTypePattern().Match(errorMessage);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"Undefined parameter type '\{?(?<name>[^'{}]*)\}?'", RegexOptions.CultureInvariant)]
    private static partial Regex UndefinedParameterTypePattern();
}

/// <summary>A step definition left out of matching because its expression names the undefined parameter type <see cref="Name"/>.</summary>
public sealed record UndefinedParameterTypeBinding(IStepDefinitionBinding Binding, string Name);
