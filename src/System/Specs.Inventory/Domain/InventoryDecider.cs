using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain.ReferenceData;

namespace Specs.Inventory.Domain;

/// <summary>
/// The inventory's decider: routes each command to the rules of its area, and each event to the
/// area state it changes. <c>Decide(command, state) → events | refusal</c> and
/// <c>Evolve(state, event) → state</c>, both pure: same inputs, same answer, on every node.
/// </summary>
public static class InventoryDecider
{
    /// <summary>The time-driven rules of every area; the pipeline asks each when its time moves forward.</summary>
    public static IReadOnlyList<TimerRule> TimerRules { get; } = [];

    public static Decision Decide(ICommandContract command, InventoryState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return command switch
        {
            CreateReason create => ReferenceDataRules.Decide(create, state),
            CreateSupplier create => ReferenceDataRules.Decide(create, state),
            CreateChannel create => ReferenceDataRules.Decide(create, state),
            DeactivateReference deactivate => ReferenceDataRules.Decide(deactivate, state),
            _ => throw new NotSupportedException($"No decider handles the command {command.GetType().Name} (contract {command.ContractId})."),
        };
    }

    public static InventoryState Evolve(InventoryState state, IEventContract @event) => @event switch
    {
        ReasonCreated created => state with { ReferenceData = ReferenceDataRules.Evolve(state.ReferenceData, created) },
        SupplierCreated created => state with { ReferenceData = ReferenceDataRules.Evolve(state.ReferenceData, created) },
        ChannelCreated created => state with { ReferenceData = ReferenceDataRules.Evolve(state.ReferenceData, created) },
        ReferenceDeactivated deactivated => state with { ReferenceData = ReferenceDataRules.Evolve(state.ReferenceData, deactivated) },
        _ => throw new NotSupportedException($"No area evolves on the event {@event.GetType().Name} (contract {@event.ContractId})."),
    };

    /// <summary>Folds events into a state, in order: how state is rebuilt from the log.</summary>
    public static InventoryState Replay(IEnumerable<IEventContract> events, InventoryState? from = null) =>
        events.Aggregate(from ?? InventoryState.Empty, Evolve);
}
