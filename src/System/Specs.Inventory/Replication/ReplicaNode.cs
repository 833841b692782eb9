using Specs.Inventory.Diagnostics;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Replication;

/// <summary>
/// One replica of the inventory cluster: a synchronous state machine driven only by messages and timers
/// (the LMAX shape), so one thread runs it and the simulator can run a whole cluster deterministically.
/// The protocol is Raft's: terms are epochs, the leader is the single writer of its term, an entry is
/// committed once a majority holds it durably, and only then applied and answered.
/// </summary>
/// <remarks>
/// <para>Invariants the node keeps (the simulator's checkers verify them from outside):
/// the term never decreases and is synced before it is acted on; a node votes once per term, only for
/// a candidate whose log is at least as up to date, and only while it is a member (a node that lost its
/// data votes again only after it caught up with a leader); entries are answered only after the
/// journal sync; a leader commits only entries of its own term by counting replicas; a message from an
/// older term is refused (fencing).</para>
/// <para>A <see cref="ReplicaHaltedException"/> out of any handler means the process died there.</para>
/// </remarks>
public sealed class ReplicaNode
{
    private readonly ReplicaPorts _ports;
    private readonly ReplicaOptions _options;
    private readonly IReadOnlyList<int> _members;
    private readonly LostDataRecovery _recovery;
    private readonly FollowerProgress _followers = new();
    private readonly HashSet<int> _votes = [];
    private readonly Dictionary<long, (int Client, long RequestId, string Key)> _waiters = [];
    private readonly HashSet<string> _appliedKeys = new(StringComparer.Ordinal);
    private ReplicationJournal _journal = null!;
    private ReplicatedStateMachine _stateMachine = null!;
    private long _electionGeneration;
    private long _heartbeatGeneration;
    private int _appliedSinceSync;

    /// <summary>Creates a node; nothing happens until <see cref="Start"/>.</summary>
    public ReplicaNode(int id, IReadOnlyList<int> members, ReplicaPorts ports, ReplicaOptions? options = null)
    {
        Invariant.Assert(members.Contains(id), $"node {id} is not among the members");
        Id = id;
        _members = members;
        _recovery = new LostDataRecovery(id, members);
        _ports = ports;
        _options = options ?? new ReplicaOptions();
        _options.Validate();
    }

    public int Id { get; }

    public ReplicaRole Role { get; private set; }

    public long Term => _journal.Term;

    public bool IsMember => _journal.IsMember;

    public long CommitIndex { get; private set; }

    public long LastApplied { get; private set; }

    public long LastIndex => _journal.LastIndex;

    /// <summary>Who this node believes leads (-1: unknown).</summary>
    public int LeaderHint { get; private set; } = -1;

    /// <summary>The node's journal (read by checkers).</summary>
    public ReplicationJournal Journal => _journal;

    /// <summary>The event log head of the state store.</summary>
    public ulong EventHead => _stateMachine.Head;

    private int Majority => (_members.Count / 2) + 1;

    /// <summary>
    /// Opens the journal and the state store and starts following. <paramref name="bootstrap"/> is true
    /// only for the members of a brand-new cluster: a node that starts with an empty journal otherwise
    /// lost its data and must catch up before it votes.
    /// </summary>
    /// <exception cref="ForeignDataException">the journal belongs to another node.</exception>
    public void Start(bool bootstrap)
    {
        Guarded(() =>
        {
            _journal = ReplicationJournal.Open(_ports.Journal, _ports.Commands);
            if (_journal.Owner != -1 && _journal.Owner != Id)
            {
                // Another node's votes and acknowledgements under this node's id: refuse before acting on any.
                throw new ForeignDataException(Id, _journal.Owner);
            }

            if (_journal.Owner == -1)
            {
                _journal.StampOwner(Id);
                _journal.Sync();
            }

            if (_journal.FoundCorruption)
            {
                // The dropped records may have been promised to a leader: stop voting until caught up.
                _journal.TruncateAndAppend(_journal.LastIndex + 1, []);
                _journal.SetHardState(_journal.Term, _journal.VotedFor, isMember: false);
                _journal.Sync();
            }
            else if (bootstrap && _journal.LastIndex == 0 && _journal.Term == 0 && !_journal.IsMember)
            {
                _journal.SetHardState(0, -1, isMember: true);
                _journal.Sync();
                _ports.Observer.BecameMember(Id);
            }

            _stateMachine = new ReplicatedStateMachine(_ports.State, _ports.Views, _ports.Decisions);
            Role = ReplicaRole.Follower;
            _recovery.Restart(_journal.IsMember);
            AskTerms();
            ArmElection();
        });
    }

    /// <summary>Handles one message.</summary>
    public void Receive(ReplicationMessage message)
    {
        Guarded(() =>
        {
            switch (message)
            {
                case RequestVote request: OnRequestVote(request); break;
                case VoteAnswer answer: OnVoteAnswer(answer); break;
                case AppendEntries append: OnAppendEntries(append); break;
                case AppendAnswer answer: OnAppendAnswer(answer); break;
                case TermQuery query: OnTermQuery(query); break;
                case TermReport report: OnTermReport(report); break;
                case ClientCommand command: OnClientCommand(command); break;
                default: break;
            }
        });
    }

    /// <summary>Handles a timer firing; stale generations are ignored.</summary>
    public void OnTimer(ReplicaTimer timer)
    {
        Guarded(() =>
        {
            if (timer.Kind == ReplicaTimerKind.Election && timer.Generation == _electionGeneration && Role != ReplicaRole.Leader)
            {
                if (_journal.IsMember)
                {
                    StartElection();
                }
                else
                {
                    AskTerms();
                    ArmElection();
                }
            }
            else if (timer.Kind == ReplicaTimerKind.Heartbeat && timer.Generation == _heartbeatGeneration && Role == ReplicaRole.Leader)
            {
                if (!_ports.Faults.Fires(Id, "leader.skip-heartbeat"))
                {
                    BroadcastAppend();
                }

                ArmHeartbeat();
            }
        });
    }

    private void Guarded(Action work)
    {
        try
        {
            work();
        }
        catch (CommitFailedException failure)
        {
            // Fail-stop: never continue on a state the disk refused to keep.
            throw new ReplicaHaltedException(Id, $"disk refused a commit ({failure.Message})");
        }
    }

    private void ArmElection()
    {
        _electionGeneration++;
        var wait = _options.ElectionTimeoutMinMs + _ports.Random.NextInt64(_options.ElectionTimeoutMinMs);
        _ports.Timers.Schedule(new ReplicaTimer(ReplicaTimerKind.Election, _electionGeneration), wait);
    }

    private void ArmHeartbeat()
    {
        _heartbeatGeneration++;
        _ports.Timers.Schedule(new ReplicaTimer(ReplicaTimerKind.Heartbeat, _heartbeatGeneration), _options.HeartbeatIntervalMs);
    }

    private void SyncJournal()
    {
        if (!_options.Bugs.HasFlag(SeededBugs.AcksUnsyncedJournal))
        {
            _journal.Sync();
        }
    }

    private void AdoptTerm(long term)
    {
        Invariant.Assert(term > _journal.Term, $"adopting term {term} at {_journal.Term}");
        _journal.SetHardState(term, -1, _journal.IsMember);
        _journal.Sync();
        _ports.Observer.TermChanged(Id, term);
        StepDown();
    }

    private void StepDown()
    {
        if (Role == ReplicaRole.Leader)
        {
            // Whatever was waiting may still commit under the next leader: the client retries with its key.
            foreach (var (_, waiter) in _waiters.OrderBy(pair => pair.Key))
            {
                _ports.Transport.Send(waiter.Client, new ClientAnswer(waiter.RequestId, waiter.Key, null, false, -1, Term));
            }

            _waiters.Clear();
        }

        if (Role != ReplicaRole.Follower)
        {
            Role = ReplicaRole.Follower;
            ArmElection();
        }
    }

    private void StartElection()
    {
        var term = _journal.Term + 1;
        _journal.SetHardState(term, Id, _journal.IsMember);
        _journal.Sync();
        _ports.Observer.TermChanged(Id, term);
        Role = ReplicaRole.Candidate;
        LeaderHint = -1;
        _votes.Clear();
        _votes.Add(Id);
        if (_votes.Count >= Majority)
        {
            BecomeLeader();
            return;
        }

        foreach (var peer in Peers())
        {
            _ports.Transport.Send(peer, new RequestVote(term, Id, _journal.LastIndex, _journal.LastTerm));
        }

        ArmElection();
    }

    private void OnRequestVote(RequestVote request)
    {
        if (request.Term > _journal.Term)
        {
            AdoptTerm(request.Term);
        }

        var upToDate = request.LastLogTerm > _journal.LastTerm
            || (request.LastLogTerm == _journal.LastTerm && request.LastLogIndex >= _journal.LastIndex);
        var grant = _journal.IsMember && request.Term == _journal.Term && upToDate
            && (_journal.VotedFor == -1 || _journal.VotedFor == request.Candidate);
        if (grant)
        {
            _journal.SetHardState(_journal.Term, request.Candidate, isMember: true);
            _journal.Sync();
            ArmElection();
        }

        _ports.Transport.Send(request.Candidate, new VoteAnswer(_journal.Term, Id, grant));
    }

    private void OnVoteAnswer(VoteAnswer answer)
    {
        if (answer.Term > _journal.Term)
        {
            AdoptTerm(answer.Term);
            return;
        }

        if (Role == ReplicaRole.Candidate && answer.Term == _journal.Term && answer.Granted)
        {
            _votes.Add(answer.Voter);
            if (_votes.Count >= Majority)
            {
                BecomeLeader();
            }
        }
    }

    private void BecomeLeader()
    {
        Role = ReplicaRole.Leader;
        LeaderHint = Id;
        _followers.Reset(Peers(), _journal.LastIndex);
        _ports.Observer.BecameLeader(Id, _journal.Term);
        AppendLocal(LogEntry.Create(_journal.Term, _journal.LastIndex + 1, NextTimestamp(), LogEntryKind.LeaderNoOp, null, null));
        BroadcastAppend();
        ArmHeartbeat();
    }

    private long NextTimestamp() =>
        Math.Max(_ports.Clock.NowUnixMs, _journal.LastIndex == 0 ? 0 : _journal.At(_journal.LastIndex).TimestampUnixMs);

    private void OnClientCommand(ClientCommand command)
    {
        if (Role != ReplicaRole.Leader)
        {
            _ports.Transport.Send(command.Client, new ClientAnswer(command.RequestId, command.IdempotencyKey, null, false, LeaderHint, _journal.Term));
            return;
        }

        Invariant.Assert(_ports.Commands.Knows(command.Command.ContractId), $"command {command.Command.GetType().Name} is not registered with the replication codec");
        var entry = LogEntry.Create(_journal.Term, _journal.LastIndex + 1, NextTimestamp(), LogEntryKind.Command, command.IdempotencyKey, command.Command);
        _waiters[entry.Index] = (command.Client, command.RequestId, command.IdempotencyKey);
        AppendLocal(entry);
        if (_ports.Faults.Fires(Id, "leader.crash-after-append"))
        {
            throw new ReplicaHaltedException(Id, "fault point leader.crash-after-append");
        }

        BroadcastAppend();
    }

    private void AppendLocal(LogEntry entry)
    {
        _journal.TruncateAndAppend(entry.Index, [entry]);
        SyncJournal();
        _ports.Observer.Appended(Id, entry);
        if (_options.Bugs.HasFlag(SeededBugs.LeaderAcksBeforeReplication))
        {
            SetCommitIndex(_journal.LastIndex);
        }
        else
        {
            AdvanceCommit();
        }
    }

    private void BroadcastAppend()
    {
        foreach (var peer in Peers())
        {
            SendAppend(peer);
        }
    }

    private void SendAppend(int peer)
    {
        var next = _followers.NextIndex(peer);
        var limit = _ports.Faults.Fires(Id, "leader.send-one-entry") ? 1 : _options.MaxEntriesPerMessage;
        var entries = _journal.Slice(next, limit);
        _ports.Transport.Send(peer, new AppendEntries(_journal.Term, Id, next - 1, _journal.TermAt(next - 1), entries, CommitIndex));
    }

    /// <summary>
    /// A node that lost its data forgot its term, and with it every vote and acknowledgement it gave.
    /// Until every peer told it its term it neither acknowledges nor votes. A majority of the peers would
    /// bound the terms of promises that completed (those are durable on the rest of their majority), but
    /// not an election still in progress: with five nodes, a candidate may hold the lost vote for term t
    /// while the three peers that answer have not yet heard of t; the node would learn a lower term, the
    /// candidate could still win t, and the node could then vote for a second candidate in t. The
    /// candidate itself is a peer and reports t, so asking all of them closes that gap. The cost is
    /// liveness only while a peer is unreachable, and only for this node's vote and acknowledgements.
    /// </summary>
    private void AskTerms()
    {
        if (_recovery.TermLearned)
        {
            return;
        }

        foreach (var peer in _recovery.Unanswered)
        {
            _ports.Transport.Send(peer, new TermQuery(Id));
        }
    }

    private void OnTermQuery(TermQuery query)
    {
        // A node that has not learned the term itself has nothing durable to report.
        if (_recovery.TermLearned)
        {
            _ports.Transport.Send(query.From, new TermReport(_journal.Term, Id, _journal.LastIndex, _journal.LastTerm));
        }
    }

    private void OnTermReport(TermReport report)
    {
        // Its vote in the bounding term may have been cast before the loss: treat it as spent.
        if (_recovery.Record(report) is { } bound && bound >= _journal.Term)
        {
            var changed = bound > _journal.Term;
            _journal.SetHardState(bound, Id, isMember: false);
            _journal.Sync();
            if (changed)
            {
                _ports.Observer.TermChanged(Id, bound);
            }
        }
    }

    private void OnAppendEntries(AppendEntries append)
    {
        if (!_recovery.TermLearned)
        {
            // Its term is not known yet: an acknowledgement could complete a commit of a leader it once fenced.
            return;
        }

        var fenced = !_options.Bugs.HasFlag(SeededBugs.DeposedLeaderNotFenced);
        if (append.Term < _journal.Term && fenced)
        {
            _ports.Transport.Send(append.Leader, new AppendAnswer(_journal.Term, Id, false, _journal.LastIndex));
            return;
        }

        if (append.Term > _journal.Term)
        {
            AdoptTerm(append.Term);
        }
        else if (Role != ReplicaRole.Follower)
        {
            StepDown();
        }

        LeaderHint = append.Leader;
        ArmElection();
        if (append.PreviousIndex > _journal.LastIndex || _journal.TermAt(append.PreviousIndex) != append.PreviousTerm)
        {
            var hint = Math.Min(_journal.LastIndex, append.PreviousIndex - 1);
            _ports.Transport.Send(append.Leader, new AppendAnswer(_journal.Term, Id, false, Math.Max(0, hint)));
            return;
        }

        StoreEntries(append.Entries);
        if (_ports.Faults.Fires(Id, "follower.crash-after-append"))
        {
            throw new ReplicaHaltedException(Id, "fault point follower.crash-after-append");
        }

        var lastNew = append.PreviousIndex + append.Entries.Count;
        if (append.LeaderCommit > CommitIndex)
        {
            SetCommitIndex(Math.Min(append.LeaderCommit, lastNew));
        }

        CatchUp();
        _ports.Transport.Send(append.Leader, new AppendAnswer(_journal.Term, Id, true, lastNew));
    }

    /// <summary>Appends what is new; a conflicting suffix (a deposed leader's uncommitted entries) is replaced.</summary>
    private void StoreEntries(IReadOnlyList<LogEntry> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Index <= _journal.LastIndex && _journal.TermAt(entry.Index) == entry.Term)
            {
                continue;
            }

            var rest = entries.Skip(i).ToList();
            if (entry.Index <= _journal.LastIndex)
            {
                _ports.Observer.Truncated(Id, entry.Index);
            }

            _journal.TruncateAndAppend(entry.Index, rest);
            SyncJournal();
            foreach (var appended in rest)
            {
                _ports.Observer.Appended(Id, appended);
            }

            return;
        }
    }

    /// <summary>
    /// A node that lost its data becomes a voting member again once its committed log has caught up with the
    /// most up-to-date log its peers reported (<see cref="LostDataRecovery.IsCaughtUp"/>).
    /// </summary>
    private void CatchUp()
    {
        if (_journal.IsMember)
        {
            return;
        }

        if (_recovery.IsCaughtUp(_journal.TermAt(CommitIndex), CommitIndex))
        {
            // Its vote in this term may have been cast before the loss: treat it as spent.
            _journal.SetHardState(_journal.Term, Id, isMember: true);
            _journal.Sync();
            _ports.Observer.BecameMember(Id);
        }
    }

    private void OnAppendAnswer(AppendAnswer answer)
    {
        if (answer.Term > _journal.Term)
        {
            AdoptTerm(answer.Term);
            return;
        }

        if (Role != ReplicaRole.Leader || answer.Term != _journal.Term)
        {
            return;
        }

        // Only an answer that moved the follower forward (or back) sends more (FollowerProgress says why).
        var peer = answer.Follower;
        if (answer.Success)
        {
            if (!_followers.Acknowledged(peer, answer.MatchIndex))
            {
                return;
            }

            AdvanceCommit();
            if (_followers.NextIndex(peer) <= _journal.LastIndex)
            {
                SendAppend(peer);
            }
        }
        else if (_followers.Refused(peer, answer.MatchIndex))
        {
            SendAppend(peer);
        }
    }

    private void AdvanceCommit()
    {
        if (Role != ReplicaRole.Leader)
        {
            return;
        }

        for (var n = _journal.LastIndex; n > CommitIndex; n--)
        {
            if (_journal.TermAt(n) != _journal.Term)
            {
                break;
            }

            var holders = 1 + _followers.HoldersOf(n);
            if (holders >= Majority)
            {
                SetCommitIndex(n);
                break;
            }
        }
    }

    private void SetCommitIndex(long commitIndex)
    {
        if (commitIndex <= CommitIndex)
        {
            return;
        }

        CommitIndex = commitIndex;
        _ports.Observer.Committed(Id, commitIndex);
        ApplyCommitted();
    }

    private void ApplyCommitted()
    {
        while (LastApplied < CommitIndex)
        {
            var entry = _journal.At(LastApplied + 1);
            LastApplied++;
            if (entry.Kind != LogEntryKind.Command)
            {
                _ports.Observer.Applied(Id, entry, null, false);
                continue;
            }

            if (_options.Bugs.HasFlag(SeededBugs.FollowerSkipsEvent) && Role != ReplicaRole.Leader && entry.Index % 5 == 3)
            {
                continue;
            }

            var key = entry.IdempotencyKey!;
            if (_options.Bugs.HasFlag(SeededBugs.RetryNotDeduplicated) && _appliedKeys.Contains(key))
            {
                key = $"{key}#entry{entry.Index}";
            }

            var outcome = _stateMachine.Apply(entry, key);
            _appliedKeys.Add(entry.IdempotencyKey!);
            _ports.Observer.Applied(Id, entry, outcome.Response, outcome.IsRepeat);
            if (++_appliedSinceSync >= _options.StateSyncEveryEntries)
            {
                _ports.State.Sync();
                _appliedSinceSync = 0;
            }

            if (_ports.Faults.Fires(Id, "apply.crash-before-answer"))
            {
                throw new ReplicaHaltedException(Id, "fault point apply.crash-before-answer");
            }

            if (_waiters.Remove(entry.Index, out var waiter))
            {
                _ports.Transport.Send(waiter.Client, new ClientAnswer(waiter.RequestId, waiter.Key, outcome.Response, outcome.IsRepeat, Id, _journal.Term));
            }
        }
    }

    private IEnumerable<int> Peers() => _members.Where(member => member != Id);
}
