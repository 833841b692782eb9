namespace Specs.Inventory.Node;

/// <summary>Counters of the pipeline since it started (for /metrics).</summary>
/// <param name="Requests">Requests completed (committed).</param>
/// <param name="Refusals">Commands refused by a business rule.</param>
/// <param name="Batches">Write transactions committed.</param>
/// <param name="LargestBatch">Most requests committed in one transaction.</param>
/// <param name="BusyAnswers">Submits turned away because the queue was full.</param>
/// <param name="FailedRequests">Requests whose task faulted (commit failure, a bug).</param>
/// <param name="QueueDepth">Requests waiting now.</param>
public sealed record PipelineStatistics(long Requests, long Refusals, long Batches, int LargestBatch, long BusyAnswers, long FailedRequests, int QueueDepth)
{
    /// <summary>Upper bounds of the batch-size buckets: powers of two up to the largest batch a transaction may hold.</summary>
    public static IReadOnlyList<int> BatchSizeBounds { get; } = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, Pipeline.CommandProcessor.MaxBatchRequests];

    /// <summary>Committed batches by size: entry i counts batches of more than bound i−1 and at most bound i requests (not cumulative).</summary>
    public IReadOnlyList<long> BatchSizeCounts { get; init; } = [];

    /// <summary>The bucket of a batch of <paramref name="size"/> requests in <see cref="BatchSizeBounds"/>.</summary>
    public static int BucketOf(int size)
    {
        var bucket = 0;
        while (bucket < BatchSizeBounds.Count - 1 && size > BatchSizeBounds[bucket])
        {
            bucket++;
        }

        return bucket;
    }
}
