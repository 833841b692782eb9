using Specs.Inventory.Scenarios;
using Specs.Inventory.Storage.Lmdb;
using Specs.Runner.Cli;
using Specs.Runner.Targets;

namespace Specs.Runner.Hunting;

/// <summary>
/// What the hunter runs histories on: a fresh <see cref="IScenarioSystem"/> per history, the same seam the
/// runner's targets use for scenarios. The lmdb target is the real system (LMDB, the command processor, every
/// view). The sim target runs each history on a model step by step (the oracles check every step) and then,
/// whole, on a simulated 3-node cluster (<see cref="SimulatedClusterHistorySystem"/>): every cluster invariant
/// and model equivalence are checked as well. A found case (past events and one When) is checked the way
/// `specs verify --target sim` runs a scenario.
/// </summary>
internal sealed class HuntTarget(string name, Func<ScenarioSystemContext, IScenarioSystem> create, Func<ScenarioSystemContext, IScenarioSystem>? createCase = null)
{
    public const string Lmdb = "lmdb";

    public const string Sim = "sim";

    /// <summary>The sim target's clusters: one seed per history, three nodes (the seed still draws faults and timing).</summary>
    public static readonly SimulatedClusterSettings SimClusters = new() { Seeds = 1, SeedStart = 1, Nodes = 3 };

    public string Name { get; } = name;

    /// <summary>A fresh system for one history.</summary>
    public IScenarioSystem Create(ScenarioSystemContext context) => create(context);

    /// <summary>A fresh system for one found case: past events delivered, then one When.</summary>
    public IScenarioSystem CreateCase(ScenarioSystemContext context) => (createCase ?? create)(context);

    /// <exception cref="UsageException">the target is unknown or not available yet.</exception>
    public static HuntTarget Named(string name)
    {
        switch (name)
        {
            case Lmdb:
                LmdbStore.SweepAbandoned();
                return new HuntTarget(Lmdb, context => new LmdbScenarioSystem(context));
            case Sim:
                return new HuntTarget(Sim,
                    context => new SimulatedClusterHistorySystem(context, SimClusters),
                    context => new SimulatedClusterScenarioSystem(context, SimClusters));
            default:
                throw new UsageException($"unknown hunt target '{name}' (known: {Lmdb}, {Sim})");
        }
    }
}
