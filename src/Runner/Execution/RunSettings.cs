using System.Reflection;
using Specs.Runner.Extensibility;

namespace Specs.Runner.Execution;

/// <summary>How to execute the selected scenarios.</summary>
public sealed record RunSettings
{
    /// <summary>Assemblies holding step definitions; the first is Reqnroll's "test assembly". Empty: no bindings at all.</summary>
    public required IReadOnlyList<Assembly> BindingAssemblies { get; init; }

    /// <summary>Workers; each runs whole features, one at a time.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;

    public TimeSpan ScenarioTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public bool FailFast { get; init; }

    /// <summary>Extra attempts for a failing scenario; passing on one of them makes it flaky.</summary>
    public int Retry { get; init; }

    public bool Strict { get; init; } = true;

    public bool DryRun { get; init; }

    public RunClock Clock { get; init; } = RunClock.System;

    /// <summary>Assign features to workers round-robin instead of first-come, so worker ids in the stream are reproducible.</summary>
    public bool StaticWorkerAssignment { get; init; }

    /// <summary>
    /// Hand out the biggest features first (the selection keeps its order otherwise). Workers take a feature at a
    /// time, so with the defined order the run ended on whichever features came last alphabetically while the
    /// other workers stood idle; largest first leaves only small features for the end. A random order is kept as
    /// drawn: it is there to shake out dependencies between scenarios.
    /// </summary>
    public bool LargestFeaturesFirst { get; init; }

    public IVerificationTarget Target { get; init; } = new NoTarget();

    public const int ParallelMax = 256;

    public const int RetryMax = 10;
}
