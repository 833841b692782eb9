using Specs.Inventory.Scenarios;
using Specs.Inventory.Storage.Lmdb;
using Specs.Runner.Cli;
using Specs.Runner.Extensibility;

namespace Specs.Runner.Targets;

/// <summary>The targets `--target NAME` can select.</summary>
public static class TargetCatalog
{
    public const string Lmdb = "lmdb";
    public const string None = "none";
    public const string Sim = "sim";

    public static IReadOnlyList<string> Names { get; } = [Lmdb, Sim, None];

    /// <summary>
    /// Creates the named target for a run; the lmdb target first sweeps environments left by killed runs; the sim
    /// target runs each scenario on the simulated clusters of <paramref name="cluster"/> (default: one seed).
    /// </summary>
    /// <exception cref="UsageException">the name is unknown, or a verification mode was asked of a target without a host.</exception>
    public static IVerificationTarget Create(string name, ScenarioSettings settings, SimulatedClusterSettings? cluster = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        switch (name)
        {
            case Lmdb:
                LmdbStore.SweepAbandoned();
                return new ScenarioHostTarget(Lmdb, settings, context => new LmdbScenarioSystem(context));
            case Sim:
                if (settings.Idempotency)
                {
                    throw new UsageException("--idempotency delivers the When twice to one node; the sim target already retries every request with its key across fail-overs: use --target lmdb for --idempotency");
                }

                var clusterSettings = cluster ?? new SimulatedClusterSettings();
                return new ScenarioHostTarget(Sim, settings, context => new SimulatedClusterScenarioSystem(context, clusterSettings));
            case None:
                if (settings.Idempotency || settings.ReplayCheck)
                {
                    throw new UsageException("--idempotency and --replay-check verify what a scenario host executed: use --target lmdb");
                }

                return new NoTarget();
            default:
                throw new UsageException($"unknown target '{name}' (known: {string.Join(", ", Names)})");
        }
    }
}
