using Specs.Inventory.Contracts;

namespace Specs.Sim.Cluster;

/// <summary>One request of a scripted workload: the command and the idempotency key every retry of it carries.</summary>
public sealed record ScriptedRequest(string IdempotencyKey, ICommandContract Command);
