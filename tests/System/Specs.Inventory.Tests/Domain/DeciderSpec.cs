using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.Ports;

namespace Specs.Inventory.Tests.Domain;

/// <summary>
/// Given past events, when a command, then exactly these events, or this refusal: the shape of every
/// decider test. Past events go through Evolve, so a test never builds state by hand.
/// </summary>
internal sealed class DeciderSpec
{
    private readonly InventoryState _state;
    private readonly long _nowUnixMs;
    private Decision? _decision;

    private DeciderSpec(InventoryState state, long nowUnixMs)
    {
        _state = state;
        _nowUnixMs = nowUnixMs;
    }

    /// <summary>2026-03-01 09:00 UTC, the reading of every test clock unless a test sets another.</summary>
    public const long DefaultNowUnixMs = 1_772_355_600_000;

    public static DeciderSpec Given(params IEventContract[] history) =>
        new(InventoryDecider.Replay(history), DefaultNowUnixMs);

    public DeciderSpec At(long nowUnixMs) => new(_state, nowUnixMs);

    public DeciderSpec When(ICommandContract command)
    {
        var context = new DecisionContext(_nowUnixMs, new DeterministicIds(seed: 1));
        _decision = InventoryDecider.Decide(command, _state, context);
        return this;
    }

    public Decision Then(params IEventContract[] expected)
    {
        var decision = Decided();
        Assert.True(decision.Refusal is null, $"Expected events but the command was refused: {decision.Refusal}");
        Assert.Equal(expected.Select(e => e.GetType().Name), decision.Events.Select(e => e.GetType().Name));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equivalent(expected[i], decision.Events[i], strict: true);
        }

        return decision;
    }

    public Decision ThenNothingChanges() => Then();

    public void ThenRefused(DomainError expected)
    {
        var decision = Decided();
        Assert.Empty(decision.Events);
        Assert.Equal(expected, decision.Refusal);
    }

    private Decision Decided() => _decision ?? throw new InvalidOperationException("Call When(command) first.");
}
