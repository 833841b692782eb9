using Specs.Inventory.EventStore;
using Specs.Inventory.Storage;

namespace Specs.Bench;

/// <summary>
/// What a command does to the store: one EventLog.Append of its events with an optimistic check and its
/// idempotency claim. Append reads the idempotency record, the stream's head (its version) and the log's
/// head, checks for every event that its id is new, and writes each event with its stream-index and
/// event-id entries, then the idempotency record.
/// </summary>
/// <param name="Sku">Which of the workload's SKUs the command acts on.</param>
/// <param name="Stream">That SKU's stream.</param>
/// <param name="Events">The 1-3 events the command appends.</param>
/// <param name="CommandId">The causation id its events carry.</param>
/// <param name="Claim">Its idempotency key, request fingerprint and response.</param>
public sealed record Command(int Sku, string Stream, NewEvent[] Events, Guid CommandId, IdempotencyClaim Claim)
{
    /// <summary>Runs the command inside <paramref name="transaction"/>.</summary>
    /// <exception cref="InvalidOperationException">the append was refused, which the workload never provokes.</exception>
    public AppendOutcome Execute(EventLog log, IWriteTransaction transaction, ExpectedVersion expected)
    {
        var outcome = log.Append(transaction, new AppendRequest(Stream, expected, Events, CommandId, Claim));
        if (outcome.Status != AppendStatus.Appended)
        {
            throw new InvalidOperationException($"Command {Claim.Key} on {Stream} was refused: {outcome.Status}.");
        }

        return outcome;
    }
}
