using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.ReferenceData;

namespace Specs.Inventory.Tests.Pipeline;

/// <summary>
/// A timer rule for tests only: an active channel named "promo-…" is deactivated once the time reaches
/// <see cref="EndsAtUnixMs"/>. Built from area 14's real events, so the state, the views and the
/// replay check all see it like any other event.
/// </summary>
internal static class PromotionExpiry
{
    public const long EndsAtUnixMs = 1_772_400_000_000;

    public static TimerRule Rule { get; } = new("TEST-1", (state, now) =>
        now < EndsAtUnixMs
            ? []
            : state.ReferenceData.Channels.Values
                .Where(channel => channel.IsActive && channel.Name.StartsWith("promo-", StringComparison.OrdinalIgnoreCase))
                .Select(channel => Decision.Accept(
                    ReferenceDataRules.StreamOf(ReferenceKind.Channel, channel.Name),
                    new ReferenceDeactivated { Kind = ReferenceKind.Channel, Name = channel.Name }))
                .ToArray());
}
