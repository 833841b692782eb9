using Specs.Inventory.Scenarios;
using Specs.Inventory.Storage.Lmdb;
using Specs.Runner.Cli;

namespace Specs.Runner.Hunting;

/// <summary>
/// What the hunter runs histories on: a fresh <see cref="IScenarioSystem"/> per history, the same seam the
/// runner's targets use for scenarios. The lmdb target is the real system (LMDB, the command processor, every
/// view); the simulator plugs in here with its cluster as an <see cref="IScenarioSystem"/> (and its cluster
/// invariants as extra checks) once it lands.
/// </summary>
internal sealed class HuntTarget(string name, Func<ScenarioSystemContext, IScenarioSystem> create)
{
    public const string Lmdb = "lmdb";

    public string Name { get; } = name;

    public IScenarioSystem Create(ScenarioSystemContext context) => create(context);

    /// <exception cref="UsageException">the target is unknown or not available yet.</exception>
    public static HuntTarget Named(string name)
    {
        switch (name)
        {
            case Lmdb:
                LmdbStore.SweepAbandoned();
                return new HuntTarget(Lmdb, context => new LmdbScenarioSystem(context));
            case "sim":
                throw new UsageException("the sim target is not available to the hunter yet (it comes with the simulator); use --target lmdb");
            default:
                throw new UsageException($"unknown hunt target '{name}' (known: {Lmdb})");
        }
    }
}
