using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Replication;

/// <summary>The log: the leader appends a client's command and streams entries to followers, which store them after
/// checking they follow on; an entry a majority holds durably is committed.</summary>
public sealed partial class ReplicaNode
{
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
}
