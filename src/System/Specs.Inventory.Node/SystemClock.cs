using Specs.Inventory.Ports;

namespace Specs.Inventory.Node;

/// <summary>The clock port in production: the system's UTC time. Scenarios and the simulator use <see cref="ManualClock"/>.</summary>
public sealed class SystemClock : IClock
{
    public static SystemClock Instance { get; } = new();

    public long NowUnixMs => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
