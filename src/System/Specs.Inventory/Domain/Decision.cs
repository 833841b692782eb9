using Specs.Inventory.Contracts;

namespace Specs.Inventory.Domain;

/// <summary>
/// What a decider answers to a command: the events to record on one stream, or a refusal. Accepting
/// with no events is a real answer too ("setting the same quantity emits no event").
/// </summary>
public sealed record Decision
{
    private Decision(string stream, IReadOnlyList<IEventContract> events, DomainError? refusal)
    {
        Stream = stream;
        Events = events;
        Refusal = refusal;
    }

    /// <summary>The stream the events belong to (empty when refused).</summary>
    public string Stream { get; }

    /// <summary>The events to record, in order; empty when refused or when nothing changes.</summary>
    public IReadOnlyList<IEventContract> Events { get; }

    /// <summary>Why the command was refused, or null when it was accepted.</summary>
    public DomainError? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public static Decision Accept(string stream, params IReadOnlyList<IEventContract> events) => new(stream, events, null);

    public static Decision Refuse(DomainError refusal) => new(string.Empty, [], refusal);
}
