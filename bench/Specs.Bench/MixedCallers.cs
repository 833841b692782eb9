using System.Diagnostics;
using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;

namespace Specs.Bench;

/// <summary>
/// Drives <see cref="MixedCaller"/> clerks against a command sink (the pipeline in process, or HTTP): each
/// clerk keeps one command in flight and sends its next when the answer arrives, as a connection pool
/// would. The clerks' scripts continue from one invocation to the next.
/// </summary>
public sealed class MixedCallers
{
    private readonly MixedCaller[] _callers;

    public MixedCallers(int count)
    {
        _callers = Enumerable.Range(0, count).Select(caller => new MixedCaller(caller)).ToArray();
    }

    public int Count => _callers.Length;

    /// <summary>Commands refused so far, over all clerks.</summary>
    public long Refusals => _callers.Sum(caller => caller.Refusals);

    /// <summary>Sends <paramref name="commands"/> commands in all (spread evenly over the clerks), recording each one's latency.</summary>
    /// <exception cref="InvalidOperationException">more than 1% of the commands were refused: the workload is not the realistic mix it claims to be.</exception>
    public async Task Run(int commands, Func<ICommandContract, string, Task<CommandResponse>> send, LatencyLog latencies)
    {
        var perCaller = commands / _callers.Length;
        var before = Refusals;
        var running = new Task[_callers.Length];
        for (var index = 0; index < _callers.Length; index++)
        {
            var caller = _callers[index];
            running[index] = Task.Run(async () =>
            {
                for (var i = 0; i < perCaller; i++)
                {
                    var (command, key) = caller.Next();
                    var started = Stopwatch.GetTimestamp();
                    var response = await send(command, key).ConfigureAwait(false);
                    latencies.Record(started);
                    caller.Observe(response);
                }
            });
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        var refused = Refusals - before;
        if (refused * 100 > commands)
        {
            throw new InvalidOperationException(
                $"{refused} of {commands} commands were refused; the last: {_callers.Select(caller => caller.LastRefusal).LastOrDefault(text => text is not null)}.");
        }
    }

    /// <summary>Runs the set-up and <paramref name="rounds"/> rounds of one command per clerk through a processor, synchronously (dataset builds).</summary>
    public long RunSynchronously(CommandProcessor processor, int rounds)
    {
        long events = 0;
        var batch = new PipelineRequest[_callers.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var index = 0; index < _callers.Length; index++)
            {
                var (command, key) = _callers[index].Next();
                batch[index] = new SubmitCommand(command, key);
            }

            var results = processor.Process(batch);
            for (var index = 0; index < _callers.Length; index++)
            {
                var response = ((CommandOutcome)results[index]).Response;
                events += response.EventCount;
                _callers[index].Observe(response);
            }
        }

        return events;
    }

    /// <summary>Runs <see cref="MixedWorkload.SetUp"/> through a processor; every command must be accepted.</summary>
    public static long SetUp(CommandProcessor processor)
    {
        long events = 0;
        foreach (var chunk in MixedWorkload.SetUp().Chunk(1_000))
        {
            var results = processor.Process(chunk.Select(command => (PipelineRequest)new SubmitCommand(command)).ToArray());
            foreach (var result in results)
            {
                var response = ((CommandOutcome)result).Response;
                if (response.Status != CommandStatus.Accepted)
                {
                    throw new InvalidOperationException($"A set-up command was refused: {response.Status} {response.Refusal}.");
                }

                events += response.EventCount;
            }
        }

        return events;
    }
}
