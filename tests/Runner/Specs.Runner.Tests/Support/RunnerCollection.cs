namespace Specs.Runner.Tests.Support;

/// <summary>
/// Reqnroll keeps one active run per binding assembly per process, so tests that run the runner in-process
/// share this collection and never run in parallel with anything.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunnerCollection
{
    public const string Name = "runner in-process";
}
