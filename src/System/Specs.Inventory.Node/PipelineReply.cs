using Specs.Inventory.Pipeline;

namespace Specs.Inventory.Node;

/// <summary>What a submit answers. A failed commit is not a reply: the task faults with the storage error, and nothing was kept.</summary>
public abstract record PipelineReply;

/// <summary>The request ran and its transaction committed.</summary>
public sealed record Completed(PipelineResult Result) : PipelineReply;

/// <summary>The input queue was full: nothing was queued, try again later (HTTP 503 with Retry-After).</summary>
public sealed record Busy(int QueueCapacity) : PipelineReply;

/// <summary>The pipeline is shutting down or stopped: nothing was queued.</summary>
public sealed record Stopped : PipelineReply
{
    public static Stopped Instance { get; } = new();
}
