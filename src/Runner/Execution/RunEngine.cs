using System.Collections.Concurrent;
using System.Reflection;
using Reqnroll;
using Reqnroll.Bindings;
using Specs.Runner.Discovery;
using Specs.Runner.Execution.Glue;
using Specs.Runner.Extensibility;

namespace Specs.Runner.Execution;

/// <summary>
/// Runs selected scenarios on the Reqnroll runtime with N workers. Scheduling is by feature (a worker takes a
/// whole feature, so feature hooks run once per feature). Each attempt runs off the worker's own flow with a
/// timeout: a step that throws or hangs fails its scenario only. A hung attempt's runner is abandoned (never
/// reused) and the worker continues on a fresh one. Reqnroll allows one active run per binding assembly per
/// process, so runs of the same assemblies must not overlap.
/// </summary>
public static class RunEngine
{
    public static async Task<RunRecord> RunAsync(
        DiscoveredFeatures discovered,
        IReadOnlyList<SelectedScenario> selected,
        RunSettings settings,
        IRunObserver observer,
        CancellationToken cancellation)
    {
        Environment.SetEnvironmentVariable("REQNROLL_TELEMETRY_ENABLED", "0");
        var testAssembly = settings.BindingAssemblies.Count > 0 ? settings.BindingAssemblies[0] : typeof(RunEngine).Assembly;
        var additional = settings.BindingAssemblies.Skip(1).Select(assembly => assembly.GetName().Name!).ToList();
        var context = new RunContext(settings.Clock, settings.DryRun, additional);
        var builder = new SpecsContainerBuilder(context);

        // Reqnroll builds the binding registry when it creates the first runner; the catalog needs it before any
        // hook runs. The runner goes back to the pool for the first worker.
        // It parses every step definition's Cucumber expression into a regex and reads every binding attribute: 0.1-0.2 s
        // before the first scenario (SPECS_PHASES=1 shows it). It cannot start before the run: a Reqnroll run, once begun,
        // ends with the after-run hooks, which a verify stopped by a usage error must not call.
        Cli.PhaseTimer.Span("binding registry", () => TestRunnerManager.ReleaseTestRunner(TestRunnerManager.GetTestRunnerForAssembly(testAssembly, builder)));
        var registry = builder.GlobalContainer!.Resolve<IBindingRegistry>();
        context.Catalog = new BindingCatalog(
            registry.GetStepDefinitions(), registry.GetHooks(), registry.GetStepTransformations(), (registry as SpecsBindingRegistry)?.UndefinedParameterTypes);

        var scenarios = selected.Select(scenario => new ScenarioRecord(scenario)).ToList();
        var record = new RunRecord
        {
            Discovered = discovered,
            Scenarios = scenarios.OrderBy(scenario => scenario.Scenario.DefinedPosition).ToList(),
            Bindings = context.Catalog,
            Started = settings.Clock.Now(),
            Strict = settings.Strict,
        };

        try
        {
            await TestRunnerManager.OnTestRunStartAsync(testAssembly, builder);
        }
        catch (Exception error)
        {
            record.RunError = $"[BeforeTestRun] {error.Message}";
        }

        if (record.RunError is null)
        {
            var workers = Math.Clamp(settings.Parallel, 1, RunSettings.ParallelMax);
            var groups = scenarios.GroupBy(scenario => scenario.Scenario.Feature.Uri).Select(group => group.ToList()).ToList();
            if (settings.LargestFeaturesFirst)
            {
                groups = [.. groups.OrderByDescending(group => group.Count)];
            }
            workers = Math.Max(1, Math.Min(workers, groups.Count));
            observer.RunStarting(scenarios.Count, workers);
            var featureInfos = groups.ToDictionary(group => group[0].Scenario.Feature.Uri, group => FeatureInfoFactory.Create(group[0].Scenario.Feature), StringComparer.Ordinal);
            var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var queue = new ConcurrentQueue<List<ScenarioRecord>>(groups);
            var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(() => new Worker(
                $"worker-{worker}", testAssembly, builder, settings, observer, featureInfos, stop, cancellation)
                .RunAsync(settings.StaticWorkerAssignment ? new Queue<List<ScenarioRecord>>(groups.Where((_, i) => i % workers == worker)) : null, queue))).ToArray();
            await Task.WhenAll(tasks);
        }

        try
        {
            await TestRunnerManager.OnTestRunEndAsync(testAssembly, builder);
        }
        catch (Exception error)
        {
            record.RunError ??= $"[AfterTestRun] {error.Message}";
        }

        record.RunHooks.AddRange(context.RunHooks);
        record.Interrupted = cancellation.IsCancellationRequested;
        record.Finished = settings.Clock.Now();
        return record;
    }

    private sealed class Worker(
        string workerId,
        Assembly testAssembly,
        SpecsContainerBuilder builder,
        RunSettings settings,
        IRunObserver observer,
        IReadOnlyDictionary<string, FeatureInfo> featureInfos,
        CancellationTokenSource stop,
        CancellationToken interrupt)
    {
        private static readonly object ObserverGate = new();

        public async Task RunAsync(Queue<List<ScenarioRecord>>? assigned, ConcurrentQueue<List<ScenarioRecord>> shared)
        {
            while (!stop.IsCancellationRequested)
            {
                List<ScenarioRecord>? group;
                if (assigned is not null)
                {
                    if (!assigned.TryDequeue(out group))
                    {
                        return;
                    }
                }
                else if (!shared.TryDequeue(out group))
                {
                    return;
                }

                await RunFeatureAsync(group);
            }
        }

        private async Task RunFeatureAsync(List<ScenarioRecord> group)
        {
            var featureInfo = featureInfos[group[0].Scenario.Feature.Uri];
            var runner = TestRunnerManager.GetTestRunnerForAssembly(testAssembly, builder, featureInfo);
            foreach (var scenario in group)
            {
                if (stop.IsCancellationRequested)
                {
                    break;
                }

                for (var attempt = 0; attempt <= settings.Retry; attempt++)
                {
                    var (result, abandoned) = await RunAttemptAsync(runner, featureInfo, scenario, attempt);
                    if (abandoned)
                    {
                        // The hung attempt still owns that runner; it is never released or reused.
                        runner = TestRunnerManager.GetTestRunnerForAssembly(testAssembly, builder, featureInfo);
                    }

                    var failed = StatusOrder.IsFailure(result.Status, settings.Strict);
                    result.WillBeRetried = failed && attempt < settings.Retry && !stop.IsCancellationRequested;
                    lock (ObserverGate)
                    {
                        observer.ScenarioFinished(scenario, result, settings.Strict);
                    }

                    if (!result.WillBeRetried)
                    {
                        if (failed && settings.FailFast)
                        {
                            await stop.CancelAsync();
                        }

                        break;
                    }
                }
            }

            TestRunnerManager.ReleaseTestRunner(runner);
            await TestRunnerManager.ReleaseFeatureAsync(featureInfo, testAssembly, builder);
        }

        private async Task<(AttemptRecord Attempt, bool Abandoned)> RunAttemptAsync(ITestRunner runner, FeatureInfo featureInfo, ScenarioRecord scenario, int attempt)
        {
            var clock = settings.Clock;
            var startTicks = clock.Ticks();
            var record = new AttemptRecord { Attempt = attempt, WorkerId = workerId, Started = clock.Now() };
            scenario.Attempts.Add(record);
            var selected = scenario.Scenario;
            var recorder = new ScenarioRecorder(record, selected.Pickle, builder.Run.Catalog, clock, settings.DryRun);
            var descriptor = new ScenarioDescriptor(
                selected.Feature.Uri, selected.Line, selected.Pickle.Name, selected.Pickle.Tags.Select(tag => tag.Name).ToList(), attempt, workerId);
            var session = settings.Target.BeginScenario(descriptor, recorder);
            var slot = runner.TestThreadContext.TestThreadContainer.Resolve<WorkerSlot>();
            slot.Current = recorder;
            slot.Session = session;

            Task<Exception?> execution = Task.Run(() => ScenarioInvocation.RunAsync(runner, featureInfo, selected, recorder));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
            var finished = await Task.WhenAny(execution, Task.Delay(settings.ScenarioTimeout, timeout.Token));
            await timeout.CancelAsync();
            var abandoned = finished != execution;
            if (abandoned)
            {
                recorder.Seal(
                    interrupt.IsCancellationRequested
                        ? "interrupted: the run was stopped (Ctrl+C) while this step ran"
                        : $"timed out: the scenario did not finish within {settings.ScenarioTimeout.TotalSeconds:0.###} s (--timeout)",
                    null);
            }
            else
            {
                var unexpected = execution.IsFaulted ? execution.Exception!.GetBaseException() : await execution;
                var verification = Complete(session, recorder, selected.Pickle.Steps.Count);
                recorder.Seal(null, unexpected is null ? verification : $"{unexpected.GetType().Name}: {unexpected.Message}");
            }

            slot.Current = null;
            slot.Session = null;
            session.End(abandoned ? ScenarioEnd.Abandoned : ScenarioEnd.Completed);
            record.Finished = clock.Now();
            record.Duration = clock.Elapsed(startTicks, clock.Ticks());
            return (record, abandoned);
        }

        /// <summary>Lets the session verify what the scenario did; its attachments belong to the last step.</summary>
        private string? Complete(IScenarioSession session, ScenarioRecorder recorder, int stepCount)
        {
            if (session is not IScenarioCompletion completion || settings.DryRun || stepCount == 0)
            {
                return null;
            }

            recorder.EnterStep(stepCount - 1);
            try
            {
                return completion.Complete();
            }
            catch (Exception error)
            {
                return $"the target could not verify the scenario: {error.GetType().Name}: {error.Message}";
            }
        }
    }
}
