namespace Specs.Inventory.Ports;

/// <summary>
/// The only source of time for the node. Production reads the system clock through an adapter, a
/// scenario sets and advances it, the simulator drives it in virtual ticks (with drift and steps).
/// Time is Unix milliseconds (UTC): exact, ordered, and how contracts store instants.
/// </summary>
public interface IClock
{
    long NowUnixMs { get; }
}
