namespace Specs.Inventory.Replication;

/// <summary>
/// A leader's view of each follower: the next index to send it and the highest index it is known to hold.
/// Reset whenever the node becomes leader; the commit rule reads it (<see cref="HoldersOf"/>).
/// </summary>
/// <remarks>
/// Only answers that move a follower forward (or back) change anything and ask for more to be sent: stale and
/// duplicated answers must not each start another stream, or streams would pile up under load.
/// </remarks>
internal sealed class FollowerProgress
{
    private readonly Dictionary<int, long> _nextIndex = [];
    private readonly Dictionary<int, long> _matchIndex = [];

    /// <summary>A new leader knows nothing of its followers: it sends from its own end and assumes no match.</summary>
    public void Reset(IEnumerable<int> peers, long leaderLastIndex)
    {
        foreach (var peer in peers)
        {
            _nextIndex[peer] = leaderLastIndex + 1;
            _matchIndex[peer] = 0;
        }
    }

    public long NextIndex(int peer) => _nextIndex[peer];

    /// <summary>The follower holds the log up to <paramref name="matchIndex"/>; false when that is old news.</summary>
    public bool Acknowledged(int peer, long matchIndex)
    {
        if (matchIndex <= _matchIndex[peer])
        {
            return false;
        }

        _matchIndex[peer] = matchIndex;
        _nextIndex[peer] = Math.Max(_nextIndex[peer], matchIndex + 1);
        return true;
    }

    /// <summary>
    /// The follower refused an append, hinting it holds the log up to <paramref name="hintedMatchIndex"/>; true
    /// when the next index moved, so the leader should send again from there.
    /// </summary>
    public bool Refused(int peer, long hintedMatchIndex)
    {
        // A hint below what the follower once matched means it lost data (wiped, corrupt record): forget the old
        // match, which only ever makes commits rarer, never unsafe.
        _matchIndex[peer] = Math.Min(_matchIndex[peer], hintedMatchIndex);
        var next = Math.Max(_matchIndex[peer] + 1, Math.Min(_nextIndex[peer] - 1, hintedMatchIndex + 1));
        if (next == _nextIndex[peer])
        {
            return false;
        }

        _nextIndex[peer] = next;
        return true;
    }

    /// <summary>How many followers hold the entry at <paramref name="index"/> (the leader not counted).</summary>
    /// <remarks>
    /// A plain loop: the leader asks for every uncommitted entry on every answer it gets, and the query's closure
    /// and enumerator were a tenth of what a simulated cluster allocated.
    /// </remarks>
    public int HoldersOf(long index)
    {
        var holders = 0;
        foreach (var match in _matchIndex.Values)
        {
            holders += match >= index ? 1 : 0;
        }

        return holders;
    }
}
