namespace Specs.Inventory.Ports;

/// <summary>
/// A clock that moves only when told: "the clock reads T" sets it, "the clock advances to T" moves it
/// forward. Scenarios and the simulator use it; it never goes backwards unless set explicitly.
/// </summary>
public sealed class ManualClock(long nowUnixMs) : IClock
{
    public long NowUnixMs { get; private set; } = nowUnixMs;

    public void Set(long unixMs) => NowUnixMs = unixMs;

    /// <exception cref="ArgumentOutOfRangeException">the time is before the clock's current reading.</exception>
    public void AdvanceTo(long unixMs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(unixMs, NowUnixMs);
        NowUnixMs = unixMs;
    }
}
