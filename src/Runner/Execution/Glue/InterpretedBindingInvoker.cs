using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Configuration;
using Reqnroll.EnvironmentAccess;
using Reqnroll.ErrorHandling;
using Reqnroll.Infrastructure;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Reqnroll's binding invoker, with each step definition's call delegate interpreted instead of compiled.
/// </summary>
/// <remarks>
/// Reqnroll turns every binding method into a delegate the first time it runs, by compiling an expression
/// tree to IL. With hundreds of step definitions that compilation (the expression compiler, then JIT of each
/// dynamic method, then finalizing them) was about a quarter of the CPU a whole `specs verify` spent, and a
/// run calls each definition only a handful of times. The same expression, interpreted, is built in
/// microseconds; each call costs a few microseconds more, far below what one step does. The expression is
/// the one Reqnroll builds: the binding instance comes from the scenario context, so scoping is unchanged.
/// </remarks>
public sealed class InterpretedBindingInvoker(
    ReqnrollConfiguration configuration,
    IErrorProvider errorProvider,
    IBindingDelegateInvoker bindingDelegateInvoker,
    IEnvironmentOptions environmentOptions)
    : BindingInvoker(configuration, errorProvider, bindingDelegateInvoker, environmentOptions)
{
    private static readonly MethodInfo GetBindingInstance =
        typeof(ScenarioContext).GetMethod(nameof(ScenarioContext.GetBindingInstance), [typeof(Type)])!;

    private static readonly PropertyInfo ScenarioContextOfManager =
        typeof(IContextManager).GetProperty(nameof(IContextManager.ScenarioContext))!;

    protected override Delegate CreateMethodDelegate(MethodInfo method)
    {
        if (method.ReturnType == typeof(void) && method.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
        {
            throw new ReqnrollException($"Invalid binding method '{method.DeclaringType!.FullName}.{method.Name}()': async void methods are not supported. Please use 'async Task'.");
        }

        var contextManager = Expression.Parameter(typeof(IContextManager), "__contextManager");
        var arguments = method.GetParameters().Select(parameter => Expression.Parameter(parameter.ParameterType, parameter.Name)).ToArray();
        var instance = method.IsStatic
            ? null
            : Expression.Convert(
                Expression.Call(Expression.Property(contextManager, ScenarioContextOfManager), GetBindingInstance, Expression.Constant(method.ReflectedType, typeof(Type))),
                method.ReflectedType!);
        var delegateType = GetDelegateType([typeof(IContextManager), .. arguments.Select(argument => argument.Type)], method.ReturnType);
        return Expression.Lambda(delegateType, GetBindingMethodCallExpression(instance, method, arguments), [contextManager, .. arguments])
            .Compile(preferInterpretation: true);
    }
}
