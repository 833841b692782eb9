namespace Specs.Inventory.Replication;

/// <summary>
/// The load balancer of the cluster, living in the client library: it sends each request to the node it
/// believes leads, follows a node's "the leader is X" hint, and moves on to the next node when a request
/// times out or nobody knows the leader. Routing to a stale node is harmless: a node that does not lead
/// answers with a hint and never decides the command.
/// </summary>
public sealed class LeaderRouter
{
    private readonly IReadOnlyList<int> _nodes;
    private int _position;

    /// <summary>A router over the cluster's nodes, starting at <paramref name="start"/> (spreads clients).</summary>
    public LeaderRouter(IReadOnlyList<int> nodes, int start = 0)
    {
        if (nodes.Count == 0)
        {
            throw new ArgumentException("A router needs at least one node.", nameof(nodes));
        }

        _nodes = nodes;
        _position = Math.Abs(start) % nodes.Count;
    }

    /// <summary>The node the next request goes to.</summary>
    public int Current => _nodes[_position];

    /// <summary>A node said who leads: go there next (an unknown hint moves on instead).</summary>
    public void Follow(int leaderHint)
    {
        var index = IndexOf(leaderHint);
        if (index >= 0 && index != _position)
        {
            _position = index;
        }
        else
        {
            MoveOn();
        }
    }

    /// <summary>No answer in time, or no hint: try the next node.</summary>
    public void MoveOn() => _position = (_position + 1) % _nodes.Count;

    private int IndexOf(int node)
    {
        for (var i = 0; i < _nodes.Count; i++)
        {
            if (_nodes[i] == node)
            {
                return i;
            }
        }

        return -1;
    }
}
