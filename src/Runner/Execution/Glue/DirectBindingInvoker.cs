using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Bindings.Reflection;
using Reqnroll.Configuration;
using Reqnroll.EnvironmentAccess;
using Reqnroll.ErrorHandling;
using Reqnroll.Infrastructure;
using Reqnroll.Tracing;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Reqnroll's binding invoker, calling each step definition and hook straight through its MethodInfo instead of a
/// delegate built from an expression tree.
/// </summary>
/// <remarks>
/// Reqnroll turns every binding method into a delegate the first time it runs, by compiling an expression tree to IL,
/// and then calls that delegate through reflection (DynamicInvoke). With hundreds of step definitions the compilation
/// (the expression compiler, then JIT of each dynamic method) was about a quarter of the CPU a whole `specs verify`
/// spent, and a run calls each definition only a handful of times. Interpreting the same expression instead still
/// built it for every definition (about 3% of a verify's CPU) and then ran the interpreter around a reflection call
/// anyway. So a method that returns nothing, a plain value, a Task or a ValueTask is called directly: its instance
/// from the scenario context as Reqnroll's expression takes it, one reflection call, the same handling of the
/// ExecutionContext, culture, duration and exceptions as Reqnroll's invoker. A method returning a Task or ValueTask
/// of a value (an asynchronous step argument transformation) takes Reqnroll's path, with the expression interpreted.
/// </remarks>
public sealed class DirectBindingInvoker(
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

    private static readonly ConcurrentDictionary<MethodInfo, bool> CallableDirectly = new();

    public override async Task<object?> InvokeBindingAsync(IBinding binding, IContextManager contextManager, object[]? arguments, ITestTracer testTracer, DurationHolder durationHolder)
    {
        if (binding is not MethodBinding { Method: RuntimeBindingMethod { MethodInfo: var method } } || !CallableDirectly.GetOrAdd(method, IsCallableDirectly))
        {
            return await base.InvokeBindingAsync(binding, contextManager, arguments, testTracer, durationHolder);
        }

        if (environmentOptions.IsDryRun)
        {
            durationHolder.Duration = TimeSpan.Zero;
            return null;
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            object? result;
            using (CreateCultureInfoScope(contextManager))
            {
                var executionContext = contextManager.ScenarioContext?.ScenarioContainer.Resolve<ExecutionContextHolder>();
                result = await InvokeInExecutionContext(executionContext, () => Call(method, contextManager, arguments));
                stopwatch.Stop();
                durationHolder.Duration = stopwatch.Elapsed;
            }

            if (reqnrollConfiguration.TraceTimings && stopwatch.Elapsed >= reqnrollConfiguration.MinTracedDuration)
            {
                testTracer.TraceDuration(stopwatch.Elapsed, binding.Method, arguments);
            }

            return result;
        }
        catch (ArgumentException error)
        {
            durationHolder.Duration = stopwatch.Elapsed;
            throw errorProvider.GetCallError(binding.Method, error);
        }
        catch (TargetInvocationException error) when (error.InnerException is { } thrown)
        {
            durationHolder.Duration = stopwatch.Elapsed;
            ExceptionDispatchInfo.Capture(thrown).Throw();
            throw;
        }
        catch (Exception)
        {
            durationHolder.Duration = stopwatch.Elapsed;
            throw;
        }
    }

    /// <summary>
    /// Runs the binding in the ExecutionContext the previous step left, and keeps the one this step leaves, as
    /// Reqnroll's delegate invoker does (so that values a binding puts in an AsyncLocal reach the next step). Must
    /// not be async: an async method would throw away the changes to the context.
    /// </summary>
    private static Task<object?> InvokeInExecutionContext(ExecutionContextHolder? holder, Func<Task<object?>> call)
    {
        if (holder?.Value is not { } context)
        {
            return CallAndCapture(holder, call);
        }

        Task<object?> result = Task.FromResult<object?>(null);
        ExecutionContext.Run(context, _ => result = CallAndCapture(holder, call), null);
        return result;
    }

    private static Task<object?> CallAndCapture(ExecutionContextHolder? holder, Func<Task<object?>> call)
    {
        try
        {
            return call();
        }
        finally
        {
            if (holder is not null)
            {
                holder.Value = ExecutionContext.Capture();
            }
        }
    }

    private static Task<object?> Call(MethodInfo method, IContextManager contextManager, object[]? arguments)
    {
        var instance = method.IsStatic ? null : contextManager.ScenarioContext.GetBindingInstance(method.ReflectedType);
        return method.Invoke(instance, arguments) switch
        {
            Task task => Completion(task),
            ValueTask task => Completion(task.AsTask()),
            var value => Task.FromResult(value),
        };
    }

    // Allowed to be async: the binding's synchronous part, which may have changed the ExecutionContext, has run.
    private static async Task<object?> Completion(Task task)
    {
        await task;
        return null;
    }

    /// <summary>
    /// Whether the method's result needs nothing from Reqnroll's helpers: no result, a plain value, or an awaitable
    /// without a value. An async void method goes to Reqnroll's path too, which refuses it with its own message.
    /// </summary>
    private static bool IsCallableDirectly(MethodInfo method)
    {
        var returns = method.ReturnType;
        if (returns == typeof(void))
        {
            return method.GetCustomAttribute<AsyncStateMachineAttribute>() is null;
        }

        return returns == typeof(Task) || returns == typeof(ValueTask)
            || !(typeof(Task).IsAssignableFrom(returns) || (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(ValueTask<>)));
    }

    /// <summary>Reqnroll's expression for the methods that take its path, interpreted rather than compiled.</summary>
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
