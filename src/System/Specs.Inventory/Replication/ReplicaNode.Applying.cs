namespace Specs.Inventory.Replication;

/// <summary>Applying committed entries through the same command processor every replica runs, then answering the waiting clients.</summary>
public sealed partial class ReplicaNode
{
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
}
