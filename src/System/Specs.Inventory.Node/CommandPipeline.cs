using System.Threading.Channels;
using Specs.Inventory.Domain;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Inventory.Node;

/// <summary>
/// The node's single writer, LMAX style: requests enter a bounded queue; one dedicated thread drains up
/// to <see cref="PipelineOptions.MaxBatch"/> of them into ONE write transaction (group commit), commits,
/// and only then completes each caller's task. A full queue answers <see cref="Busy"/> at once, so
/// memory stays bounded under any load. Stopping drains the queue and commits what was accepted.
/// </summary>
/// <remarks>
/// <para>Failure handling: a failed commit (or a full store) faults every task of the batch, and nothing
/// was kept; callers retry with their idempotency keys. Any other exception is a bug in one request's
/// handling: the batch is rerun one request per transaction, so that it fails alone and never undoes
/// the others.</para>
/// <para>The writer thread also recovers the processor at start (replay, view rebuild), because the
/// store gives the writer role to the first thread that writes.</para>
/// </remarks>
public sealed class CommandPipeline : IAsyncDisposable
{
    private readonly Channel<Pending> _queue;
    private readonly PipelineOptions _options;
    private readonly IClock _clock;
    private readonly Thread _writer;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<CommandProcessor> _open;
    private CommandProcessor? _processor;
    private InventoryState _state = InventoryState.Empty;
    private long _requests;
    private long _refusals;
    private long _batches;
    private int _largestBatch;
    private long _busyAnswers;
    private long _failedRequests;
    private readonly long[] _batchSizes = new long[PipelineStatistics.BatchSizeBounds.Count];

    private CommandPipeline(PipelineOptions options, IClock clock, Func<CommandProcessor> open)
    {
        _options = options;
        _clock = clock;
        _open = open;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = new Thread(Run) { IsBackground = true, Name = "specs-writer" };
    }

    /// <summary>
    /// Starts the writer thread, which recovers the state from the log (and rebuilds outdated views)
    /// before the returned task completes.
    /// </summary>
    public static async Task<CommandPipeline> StartAsync(
        IKeyValueStore store,
        IClock clock,
        IIdGenerator ids,
        PipelineOptions? options = null,
        IReadOnlyList<IView>? views = null,
        IReadOnlyList<TimerRule>? timerRules = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new PipelineOptions();
        options.Validate();
        var pipeline = new CommandPipeline(options, clock, () => CommandProcessor.Open(store, clock, ids, views, timerRules));
        pipeline._writer.Start();
        await pipeline._ready.Task.ConfigureAwait(false);
        return pipeline;
    }

    /// <summary>The state as of the last committed batch. Readable from any thread.</summary>
    public InventoryState State => Volatile.Read(ref _state);

    public PipelineStatistics Statistics => new(
        Interlocked.Read(ref _requests), Interlocked.Read(ref _refusals), Interlocked.Read(ref _batches),
        Volatile.Read(ref _largestBatch), Interlocked.Read(ref _busyAnswers), Interlocked.Read(ref _failedRequests), _queue.Reader.Count)
    {
        BatchSizeCounts = Enumerable.Range(0, _batchSizes.Length).Select(bucket => Interlocked.Read(ref _batchSizes[bucket])).ToArray(),
    };

    /// <summary>
    /// Queues a request. The task completes once the request's transaction committed; it answers
    /// <see cref="Busy"/> at once when the queue is full, <see cref="Stopped"/> after shutdown began.
    /// </summary>
    /// <exception cref="StorageException">(on the task) the commit failed: nothing of the request was kept.</exception>
    public Task<PipelineReply> Submit(PipelineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pending = new Pending(request);
        if (_queue.Writer.TryWrite(pending))
        {
            return pending.Reply.Task;
        }

        if (_finished.Task.IsCompleted || IsStopping)
        {
            return Task.FromResult<PipelineReply>(Stopped.Instance);
        }

        Interlocked.Increment(ref _busyAnswers);
        return Task.FromResult<PipelineReply>(new Busy(_options.QueueCapacity));
    }

    /// <summary>Stops taking requests, lets the writer commit everything already queued, and waits for it.</summary>
    public async Task StopAsync()
    {
        IsStopping = true;
        _queue.Writer.TryComplete();
        await _finished.Task.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private volatile bool _isStopping;

    private bool IsStopping
    {
        get => _isStopping;
        set => _isStopping = value;
    }

    private void Run()
    {
        try
        {
            _processor = _open();
            Volatile.Write(ref _state, _processor.State);
        }
        catch (Exception error)
        {
            _queue.Writer.TryComplete();
            _ready.SetException(error);
            _finished.TrySetResult();
            return;
        }

        _ready.SetResult();
        try
        {
            Drain(_processor);
        }
        finally
        {
            _finished.TrySetResult();
        }
    }

    private void Drain(CommandProcessor processor)
    {
        var reader = _queue.Reader;
        var batch = new List<Pending>(_options.MaxBatch);
        Task<bool>? waiting = null;
        while (true)
        {
            waiting ??= reader.WaitToReadAsync().AsTask();
            if (_options.IdleTimerInterval is { } interval && !waiting.Wait(interval))
            {
                // Idle: move the node's time to the clock so that due timers fire without a request.
                Execute(processor, [new Pending(new AdvanceClock(_clock.NowUnixMs))], idleTick: true);
                continue;
            }

            var more = waiting.GetAwaiter().GetResult();
            waiting = null;
            if (!more)
            {
                return; // completed and empty: everything accepted was committed
            }

            batch.Clear();
            while (batch.Count < _options.MaxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count > 0)
            {
                Execute(processor, batch);
            }
        }
    }

    /// <summary>Runs one batch in one transaction and answers each request of it; a batch that throws is rerun one by one.</summary>
    /// <param name="processor">The writer's processor.</param>
    /// <param name="batch">The requests, in queue order.</param>
    /// <param name="idleTick">The writer's own tick while idle: counted in the statistics only when a timer fired and
    /// it committed events, so that an idle server's requests and batches stay at what clients and timers did.</param>
    private void Execute(CommandProcessor processor, List<Pending> batch, bool idleTick = false)
    {
        var headBefore = processor.Head;
        IReadOnlyList<PipelineResult> results;
        try
        {
            results = processor.Process(batch.ConvertAll(pending => pending.Request));
        }
        catch (Exception) when (idleTick)
        {
            // No client waits for the tick, and it comes back every interval: counted, a full disk with a timer due would
            // add a failed request a few times a second with no request at all. The next client request meets the
            // same failure and is counted then.
            batch[0].Reply.TrySetCanceled();
            return;
        }
        catch (Exception error) when (error is CommitFailedException or StoreFullException or SecondWriterException)
        {
            Fail(batch, error);
            return;
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var pending in batch)
            {
                Execute(processor, [pending]);
            }

            return;
        }
        catch (Exception error)
        {
            Fail(batch, error);
            return;
        }

        Volatile.Write(ref _state, processor.State);
        if (idleTick && processor.Head == headBefore)
        {
            batch[0].Reply.TrySetResult(new Completed(results[0]));
            return;
        }

        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _requests, batch.Count);
        Interlocked.Increment(ref _batchSizes[PipelineStatistics.BucketOf(batch.Count)]);
        if (batch.Count > _largestBatch)
        {
            Volatile.Write(ref _largestBatch, batch.Count);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i] is CommandOutcome { Response.Status: not CommandStatus.Accepted })
            {
                Interlocked.Increment(ref _refusals);
            }

            batch[i].Reply.TrySetResult(new Completed(results[i]));
        }
    }

    private void Fail(List<Pending> batch, Exception error)
    {
        Interlocked.Add(ref _failedRequests, batch.Count);
        foreach (var pending in batch)
        {
            pending.Reply.TrySetException(error);
        }
    }

    private sealed class Pending(PipelineRequest request)
    {
        public PipelineRequest Request { get; } = request;

        /// <summary>Continuations run off the writer thread: a caller's code never delays the next batch.</summary>
        public TaskCompletionSource<PipelineReply> Reply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
