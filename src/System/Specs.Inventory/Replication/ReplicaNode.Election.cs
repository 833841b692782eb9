using Specs.Inventory.Diagnostics;

namespace Specs.Inventory.Replication;

/// <summary>Terms and elections: a follower whose leader went quiet stands, votes are given once per term to an
/// up-to-date log, a majority makes a leader, and any newer term seen makes a node follow.</summary>
public sealed partial class ReplicaNode
{
    private void ArmElection()
    {
        _electionGeneration++;
        var wait = _options.ElectionTimeoutMinMs + _ports.Random.NextInt64(_options.ElectionTimeoutMinMs);
        _ports.Timers.Schedule(new ReplicaTimer(ReplicaTimerKind.Election, _electionGeneration), wait);
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
}
