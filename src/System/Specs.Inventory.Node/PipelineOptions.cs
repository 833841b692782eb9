using Specs.Inventory.Pipeline;

namespace Specs.Inventory.Node;

/// <summary>Limits of the command pipeline, checked when it starts.</summary>
public sealed record PipelineOptions
{
    public const int MaxQueueCapacity = 1_000_000;

    /// <summary>Requests waiting for the writer; when full, a submit answers <see cref="Busy"/> at once.</summary>
    public int QueueCapacity { get; init; } = 4096;

    /// <summary>Requests the writer takes into one transaction (group commit).</summary>
    public int MaxBatch { get; init; } = 512;

    /// <summary>
    /// When no request arrives for this long, the writer advances the node's time to the clock's
    /// reading so that due timers fire on an idle node. Null: only requests move the time.
    /// </summary>
    public TimeSpan? IdleTimerInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <exception cref="ArgumentOutOfRangeException">a limit is out of its range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(QueueCapacity, 1, nameof(QueueCapacity));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(QueueCapacity, MaxQueueCapacity, nameof(QueueCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatch, 1, nameof(MaxBatch));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxBatch, CommandProcessor.MaxBatchRequests, nameof(MaxBatch));
        if (IdleTimerInterval is { } interval)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero, nameof(IdleTimerInterval));
        }
    }
}
