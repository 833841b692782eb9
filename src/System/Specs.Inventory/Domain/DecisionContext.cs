using Specs.Inventory.Ports;

namespace Specs.Inventory.Domain;

/// <summary>
/// What a decider may know besides the command and the state: the time (from the clock port) and
/// fresh ids for things the server names (from the id port). Nothing else leaks in.
/// </summary>
public sealed record DecisionContext(long NowUnixMs, IIdGenerator Ids);
