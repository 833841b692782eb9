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

    public static IReadOnlyList<string> Names { get; } = [Lmdb, None];

    /// <summary>Creates the named target for a run; the lmdb target first sweeps environments left by killed runs.</summary>
    /// <exception cref="UsageException">the name is unknown, or a verification mode was asked of a target without a host.</exception>
    public static IVerificationTarget Create(string name, ScenarioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        switch (name)
        {
            case Lmdb:
                LmdbStore.SweepAbandoned();
                return new ScenarioHostTarget(Lmdb, settings, context => new LmdbScenarioSystem(context));
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
