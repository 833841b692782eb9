namespace Specs.Inventory.Ports;

/// <summary>
/// The only source of server-generated ids (picklists, transfers, counts...). Deterministic
/// implementations make those ids part of a scenario's data and a simulation's replay.
/// </summary>
public interface IIdGenerator
{
    Guid NextId();
}
