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
public sealed partial class ReplicaNode
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

    private IEnumerable<int> Peers() => _members.Where(member => member != Id);
}
