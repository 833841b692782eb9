using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Events.ReferenceData;

namespace Specs.Inventory.Domain.ReferenceData;

/// <summary>
/// Area 14, reference data: reasons, suppliers and channels that other areas cite by name.
/// Rules (docs/domain-rules.md): names are unique per kind without regard to case; a
/// name is 1-100 characters after trimming; only existing, active entries may be used;
/// deactivating an inactive entry changes nothing.
/// </summary>
public static class ReferenceDataRules
{
    public const string NamesUnique = "R-14.1";
    public const string NamesWellFormed = "R-14.2";
    public const string OnlyActiveUsed = "R-14.3";
    public const string DeactivationIdempotent = "R-14.4";

    public const int MaxNameLength = 100;

    public static Decision Decide(CreateReason command, InventoryState state) =>
        Create(ReferenceKind.Reason, command.Name, state, name => new ReasonCreated { Name = name, Description = command.Description });

    public static Decision Decide(CreateSupplier command, InventoryState state) =>
        Create(ReferenceKind.Supplier, command.Name, state, name => new SupplierCreated { Name = name, Contact = command.Contact });

    public static Decision Decide(CreateChannel command, InventoryState state) =>
        Create(ReferenceKind.Channel, command.Name, state, name => new ChannelCreated { Name = name });

    public static Decision Decide(DeactivateReference command, InventoryState state)
    {
        var entry = state.ReferenceData.Find(command.Kind, command.Name.Trim());
        if (entry is null)
        {
            return Decision.Refuse(new UnknownReference(command.Kind, command.Name));
        }

        return entry.IsActive
            ? Decision.Accept(StreamOf(command.Kind, entry.Name), new ReferenceDeactivated { Kind = command.Kind, Name = entry.Name })
            : Decision.Accept(StreamOf(command.Kind, entry.Name));
    }

    /// <summary>
    /// What other areas call before citing reference data: null when the entry exists and is active,
    /// else the refusal to return.
    /// </summary>
    public static DomainError? RequireActive(ReferenceDataState state, ReferenceKind kind, string name)
    {
        var entry = state.Find(kind, name);
        return entry is null ? new UnknownReference(kind, name)
            : entry.IsActive ? null
            : new InactiveReference(kind, entry.Name);
    }

    public static ReferenceDataState Evolve(ReferenceDataState state, ReasonCreated created) =>
        state.With(new ReferenceEntry(ReferenceKind.Reason, created.Name, IsActive: true));

    public static ReferenceDataState Evolve(ReferenceDataState state, SupplierCreated created) =>
        state.With(new ReferenceEntry(ReferenceKind.Supplier, created.Name, IsActive: true));

    public static ReferenceDataState Evolve(ReferenceDataState state, ChannelCreated created) =>
        state.With(new ReferenceEntry(ReferenceKind.Channel, created.Name, IsActive: true));

    public static ReferenceDataState Evolve(ReferenceDataState state, ReferenceDeactivated deactivated) =>
        state.Find(deactivated.Kind, deactivated.Name) is { } entry
            ? state.With(entry with { IsActive = false })
            : state;

    /// <summary>The stream of one entry: kind and name, the name lower-cased because names ignore case.</summary>
    public static string StreamOf(ReferenceKind kind, string name) =>
        $"{kind.ToString().ToLowerInvariant()}/{name.ToLowerInvariant()}";

    private static Decision Create(ReferenceKind kind, string requestedName, InventoryState state, Func<string, IEventContract> created)
    {
        var name = requestedName.Trim();
        if (!Codes.IsWellFormed(name, MaxNameLength))
        {
            return Decision.Refuse(new InvalidName(kind, name, MaxNameLength));
        }

        if (state.ReferenceData.Find(kind, name) is { } existing)
        {
            return Decision.Refuse(new NameAlreadyUsed(kind, name, existing.Name));
        }

        return Decision.Accept(StreamOf(kind, name), created(name));
    }
}
