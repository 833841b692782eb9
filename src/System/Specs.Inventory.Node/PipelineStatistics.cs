namespace Specs.Inventory.Node;

/// <summary>Counters of the pipeline since it started (for /metrics).</summary>
/// <param name="Requests">Requests completed (committed).</param>
/// <param name="Refusals">Commands refused by a business rule.</param>
/// <param name="Batches">Write transactions committed.</param>
/// <param name="LargestBatch">Most requests committed in one transaction.</param>
/// <param name="BusyAnswers">Submits turned away because the queue was full.</param>
/// <param name="FailedRequests">Requests whose task faulted (commit failure, a bug).</param>
/// <param name="QueueDepth">Requests waiting now.</param>
public sealed record PipelineStatistics(long Requests, long Refusals, long Batches, int LargestBatch, long BusyAnswers, long FailedRequests, int QueueDepth);
