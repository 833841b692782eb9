using Specs.Inventory.Pipeline;

namespace Specs.Inventory.Replication;

/// <summary>
/// What a node reports about itself for the simulator's checkers (the history they judge). Production
/// passes <see cref="NullReplicaObserver"/>. Observers only record: they never influence the node.
/// </summary>
public interface IReplicaObserver
{
    void TermChanged(int node, long term);

    void BecameLeader(int node, long term);

    void Appended(int node, LogEntry entry);

    void Truncated(int node, long fromIndex);

    void Committed(int node, long commitIndex);

    /// <summary>An entry was applied; for commands, the processor's response (<paramref name="isRepeat"/>: the key had been applied before, e.g. on re-application after a restart).</summary>
    void Applied(int node, LogEntry entry, CommandResponse? response, bool isRepeat);

    void BecameMember(int node);
}

/// <summary>The production observer: records nothing.</summary>
public sealed class NullReplicaObserver : IReplicaObserver
{
    /// <summary>The one instance.</summary>
    public static NullReplicaObserver Instance { get; } = new();

    public void TermChanged(int node, long term)
    {
    }

    public void BecameLeader(int node, long term)
    {
    }

    public void Appended(int node, LogEntry entry)
    {
    }

    public void Truncated(int node, long fromIndex)
    {
    }

    public void Committed(int node, long commitIndex)
    {
    }

    public void Applied(int node, LogEntry entry, CommandResponse? response, bool isRepeat)
    {
    }

    public void BecameMember(int node)
    {
    }
}
