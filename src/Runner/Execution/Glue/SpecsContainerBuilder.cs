using System.Reflection;
using Reqnroll.Bindings;
using Reqnroll.BoDi;
using Reqnroll.Configuration;
using Reqnroll.EnvironmentAccess;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Reqnroll's container builder with our plugin registered from code (no attribute needed in step assemblies),
/// our environment options, silent tracing and the direct binding invoker. Must be passed to every static
/// TestRunnerManager call: whichever call comes first creates the per-assembly manager with its builder.
/// </summary>
public sealed class SpecsContainerBuilder(RunContext context) : ContainerBuilder
{
    public RunContext Run { get; } = context;

    public IObjectContainer? GlobalContainer { get; private set; }

    public override IObjectContainer CreateGlobalContainer(Assembly testAssembly, IRuntimeConfigurationProvider? configurationProvider = null)
    {
        GlobalContainer = base.CreateGlobalContainer(testAssembly, configurationProvider);
        return GlobalContainer;
    }

    protected override void RegisterDefaults(ObjectContainer container)
    {
        base.RegisterDefaults(container);
        container.RegisterInstanceAs<IRuntimePlugin>(new SpecsRuntimePlugin(Run), "specs");
        container.RegisterInstanceAs<IEnvironmentOptions>(new SpecsEnvironmentOptions(Run.DryRun));
        container.RegisterInstanceAs<ITraceListener>(new SilentTraceListener());
        container.RegisterInstanceAs<ITestTracer>(new SilentTestTracer());
        container.RegisterTypeAs<DirectBindingInvoker, IAsyncBindingInvoker>();
        container.RegisterTypeAs<SpecsBindingRegistry, IBindingRegistry>();
    }
}
