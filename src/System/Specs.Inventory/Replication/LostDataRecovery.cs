namespace Specs.Inventory.Replication;

/// <summary>
/// What a node that lost its data must learn before it may acknowledge or vote again (docs/replication.md,
/// "Wiped node"): every peer's term, which bounds the promises it forgot, and the most up-to-date log they
/// hold, which it must catch up to. Pure bookkeeping; <see cref="ReplicaNode"/> sends the queries and records
/// the outcome in its journal.
/// </summary>
internal sealed class LostDataRecovery(int self, IReadOnlyList<int> members)
{
    private readonly Dictionary<int, TermReport> _reports = [];

    /// <summary>Whether the term is known: from the start for a member, after every peer's report otherwise.</summary>
    public bool TermLearned { get; private set; }

    /// <summary>The most up-to-date log the peers reported (last term, then last index).</summary>
    public (long Term, long Index) CatchUpLog { get; private set; }

    /// <summary>Peers whose term is still unknown: the ones to ask.</summary>
    public IEnumerable<int> Unanswered => members.Where(peer => peer != self && !_reports.ContainsKey(peer));

    /// <summary>Starts over: a member knows its term, a node without its data must ask again.</summary>
    public void Restart(bool isMember)
    {
        _reports.Clear();
        TermLearned = isMember;
    }

    /// <summary>
    /// Records a peer's report. Returns the bounding term once every peer answered (a majority bounds
    /// completed promises but not an election still in progress, which the candidate itself reports);
    /// null while reports are missing or when the term was already learned.
    /// </summary>
    public long? Record(TermReport report)
    {
        if (TermLearned || !members.Contains(report.From) || report.From == self)
        {
            return null;
        }

        _reports[report.From] = report;
        if (_reports.Count < members.Count - 1)
        {
            return null;
        }

        // That log holds every entry the node may have helped commit (IsCaughtUp says what reaching it means).
        CatchUpLog = _reports.Values.Select(answer => (answer.LastTerm, answer.LastIndex)).Max();
        var bound = _reports.Values.Max(answer => answer.Term);
        TermLearned = true;
        _reports.Clear();
        return bound;
    }

    /// <summary>
    /// Whether the committed log is at least as up to date as <see cref="CatchUpLog"/>, compared the way Raft
    /// compares logs: an entry committed in a later term than that log's last entry comes from a leader that
    /// holds every entry committed before its term, even when the reported log's uncommitted tail was later
    /// discarded and the log never grows that long.
    /// </summary>
    public bool IsCaughtUp(long committedTerm, long commitIndex) =>
        committedTerm > CatchUpLog.Term || (committedTerm == CatchUpLog.Term && commitIndex >= CatchUpLog.Index);
}
