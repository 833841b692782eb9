using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain.ReferenceData;

namespace Specs.Steps;

/// <summary>The words scenarios use for kinds of reference data, and what each kind's creation looks like as data.</summary>
public static class ReferenceKinds
{
    /// <summary>"reason", "supplier" or "channel" (singular or plural) as a <see cref="ReferenceKind"/>.</summary>
    public static ReferenceKind Parse(string word) => word.ToLowerInvariant().TrimEnd('s') switch
    {
        "reason" => ReferenceKind.Reason,
        "supplier" => ReferenceKind.Supplier,
        "channel" => ReferenceKind.Channel,
        _ => throw new ArgumentException($"'{word}' is not a kind of reference data: say reason, supplier or channel.", nameof(word)),
    };

    /// <summary>The word for a kind, as a scenario says it.</summary>
    public static string Word(ReferenceKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The stream an entry's events are on (the domain's naming: kind and name in lower case).</summary>
    public static string StreamOf(ReferenceKind kind, string name) => ReferenceDataRules.StreamOf(kind, name);

    /// <summary>The event that records the creation of an entry; <paramref name="detail"/> is a reason's description or a supplier's contact.</summary>
    public static IEventContract Created(ReferenceKind kind, string name, string? detail = null) => kind switch
    {
        ReferenceKind.Reason => new ReasonCreated { Name = name, Description = detail },
        ReferenceKind.Supplier => new SupplierCreated { Name = name, Contact = detail },
        ReferenceKind.Channel => new ChannelCreated { Name = name },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of reference data."),
    };

    /// <summary>A name of exactly <paramref name="length"/> characters, for the boundaries of .</summary>
    public static string NameOfLength(int length) => length <= 0 ? "" : "N" + new string('x', length - 1);
}
