using System.Globalization;
using System.Net;

namespace Specs.Inventory.Host;

/// <summary>
/// What <c>serve --node-id N --peers ...</c> makes of a server: one replica of a cluster whose members
/// and replication addresses are fixed on every member's command line.
/// </summary>
public sealed record ClusterOptions
{
    /// <summary>This node's id: one of <see cref="Peers"/>' keys.</summary>
    public required int NodeId { get; init; }

    /// <summary>Every member (this node included) and the loopback or LAN address it listens on for its peers.</summary>
    public required IReadOnlyDictionary<int, IPEndPoint> Peers { get; init; }

    /// <summary>
    /// False for the members of a brand-new cluster (an empty journal makes the node a voting member);
    /// true for a node whose data was lost or replaced: it catches up with the leader before it votes.
    /// </summary>
    public bool Rejoin { get; init; }

    /// <summary>The leader's beat. Longer than the simulator's default: real processes on a busy machine pause.</summary>
    public long HeartbeatIntervalMs { get; init; } = 100;

    /// <summary>Shortest wait for a leader before campaigning (each wait is drawn from [min, 2 min)).</summary>
    public long ElectionTimeoutMinMs { get; init; } = 1000;

    /// <summary>How long an HTTP command waits for its entry to commit before it is answered 503 "outcome unknown".</summary>
    public TimeSpan CommitWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where this node listens for its peers.</summary>
    public IPEndPoint Listen => Peers[NodeId];

    /// <summary>Parses <c>1=127.0.0.1:7001,2=127.0.0.1:7002,3=127.0.0.1:7003</c>.</summary>
    /// <exception cref="FormatException">the list is malformed; the message names the part at fault.</exception>
    public static IReadOnlyDictionary<int, IPEndPoint> ParsePeers(string text)
    {
        var peers = new SortedDictionary<int, IPEndPoint>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split('=', 2);
            if (pieces.Length != 2 || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
            {
                throw new FormatException($"'{part}' is not ID=ADDRESS:PORT with a node id of 1 or more");
            }

            if (!IPEndPoint.TryParse(pieces[1], out var endpoint) || endpoint.Port == 0)
            {
                throw new FormatException($"'{pieces[1]}' (node {id}) is not an IP address with a port, such as 127.0.0.1:7001");
            }

            if (!peers.TryAdd(id, endpoint))
            {
                throw new FormatException($"node {id} is listed twice");
            }
        }

        return peers.Count > 0 ? peers : throw new FormatException("the list names no node");
    }

    /// <exception cref="ArgumentException">the node is not a member, or the timings are out of range.</exception>
    public void Validate()
    {
        if (!Peers.ContainsKey(NodeId))
        {
            throw new ArgumentException($"Node {NodeId} is not in the peer list ({string.Join(", ", Peers.Keys)}).");
        }

        if (Peers.Keys.Any(id => id < 1))
        {
            throw new ArgumentException("Node ids start at 1 (0 addresses the node's own HTTP clients).");
        }

        ReplicaOptions().Validate();
    }

    /// <summary>The replica's knobs.</summary>
    public Specs.Inventory.Replication.ReplicaOptions ReplicaOptions() => new()
    {
        HeartbeatIntervalMs = HeartbeatIntervalMs,
        ElectionTimeoutMinMs = ElectionTimeoutMinMs,
    };
}
