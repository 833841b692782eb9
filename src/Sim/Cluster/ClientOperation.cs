using Specs.Inventory.Contracts;
using Specs.Inventory.Replication;

namespace Specs.Sim.Cluster;

/// <summary>
/// One client request in the history (Jepsen's invoke and ok/fail/info): what was asked, every send,
/// every definite answer (a retry may get several, all of which must agree), and when it completed.
/// </summary>
public sealed class ClientOperation(int client, long requestId, string key, ICommandContract command, long invokedAt)
{
    public int Client { get; } = client;

    public long RequestId { get; } = requestId;

    public string IdempotencyKey { get; } = key;

    public ICommandContract Command { get; } = command;

    public long InvokedAt { get; } = invokedAt;

    /// <summary>Sends so far (1: never retried).</summary>
    public int Attempts { get; set; }

    /// <summary>Every definite answer received, first one first, with the node that sent it and when.</summary>
    public List<(long Tick, int Node, ClientAnswer Answer)> Answers { get; } = [];

    /// <summary>When the first definite answer came (null: outcome unknown).</summary>
    public long? CompletedAt { get; set; }

    /// <summary>A new leader was elected while this request was open.</summary>
    public bool FailoverInFlight { get; set; }
}
