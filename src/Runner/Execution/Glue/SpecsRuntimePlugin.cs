using Reqnroll.Events;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;
using Specs.Runner.Extensibility;

namespace Specs.Runner.Execution.Glue;

/// <summary>
/// Wires the runner into Reqnroll's containers: the unit-test provider, extra step assemblies, and per test
/// thread a slot, the recording event listener and the capturing trace listener; per scenario the attempt's
/// attachments and the target session's services.
/// </summary>
public sealed class SpecsRuntimePlugin(RunContext run) : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        unitTestProviderConfiguration.UseUnitTestProvider(SpecsUnitTestRuntimeProvider.Name);

        runtimePluginEvents.RegisterGlobalDependencies += (_, args) =>
            args.ObjectContainer.RegisterTypeAs<SpecsUnitTestRuntimeProvider, IUnitTestRuntimeProvider>(SpecsUnitTestRuntimeProvider.Name);

        runtimePluginEvents.ConfigurationDefaults += (_, args) =>
        {
            args.ReqnrollConfiguration.StopAtFirstError = false;
            foreach (var assembly in run.AdditionalStepAssemblies)
            {
                args.ReqnrollConfiguration.AdditionalStepAssemblies.Add(assembly);
            }
        };

        runtimePluginEvents.CustomizeTestThreadDependencies += (_, args) =>
        {
            var slot = new WorkerSlot(run);
            args.ObjectContainer.RegisterInstanceAs(slot);
            args.ObjectContainer.RegisterInstanceAs<ITraceListener>(new SilentTraceListener());
            args.ObjectContainer.RegisterInstanceAs<ITestTracer>(new SilentTestTracer());
            args.ObjectContainer.Resolve<ITestThreadExecutionEventPublisher>().AddListener(new RecordingEventListener(slot));
            args.ObjectContainer.RegisterInstanceAs(run.StepCandidates);
            args.ObjectContainer.RegisterTypeAs<CachingStepDefinitionMatchService, IStepDefinitionMatchService>();
        };

        runtimePluginEvents.CustomizeScenarioDependencies += (_, args) =>
        {
            var slot = args.ObjectContainer.Resolve<WorkerSlot>();
            if (slot.Current is { } recorder)
            {
                args.ObjectContainer.RegisterInstanceAs<IScenarioAttachments>(recorder);
            }

            foreach (var service in slot.Session?.Services ?? [])
            {
                args.ObjectContainer.RegisterInstanceAs(service, service.GetType());
            }
        };
    }
}
