using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Specs.Inventory.Node;

namespace Specs.Inventory.Host;

/// <summary>
/// The server's counters, rendered as Prometheus text (format 0.0.4). Label values come only from the
/// code (command names of the catalog, rule ids, outcomes, status codes), never from a request, so the
/// number of series stays bounded whatever callers send.
/// </summary>
internal sealed class ApiMetrics
{
    /// <summary>Upper bounds of the latency buckets, in seconds.</summary>
    private static readonly double[] LatencyBounds = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<(string Command, string Outcome), Counter> _commands = new();
    private readonly ConcurrentDictionary<string, Counter> _refusals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, Counter> _responses = new();
    private readonly long[] _latencyBuckets = new long[LatencyBounds.Length + 1];
    private long _latencyCount;
    private long _latencyTicks;

    /// <summary>Counts one command request by how it ended; <paramref name="command"/> is a catalog name or "unknown".</summary>
    public void CountCommand(string command, string outcome) => _commands.GetOrAdd((command, outcome), _ => new Counter()).Increment();

    public void CountRefusal(string ruleId) => _refusals.GetOrAdd(ruleId, _ => new Counter()).Increment();

    public void CountResponse(int statusCode) => _responses.GetOrAdd(statusCode, _ => new Counter()).Increment();

    /// <summary>Records the time from a command request's arrival to its answer.</summary>
    public void ObserveLatency(TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds;
        var bucket = 0;
        while (bucket < LatencyBounds.Length && seconds > LatencyBounds[bucket])
        {
            bucket++;
        }

        Interlocked.Increment(ref _latencyBuckets[bucket]);
        Interlocked.Increment(ref _latencyCount);
        Interlocked.Add(ref _latencyTicks, elapsed.Ticks);
    }

    public string Render(PipelineStatistics pipeline, ulong head)
    {
        var text = new StringBuilder(4096);
        Family(text, "specs_commands_total", "counter", "Command requests by command and outcome.");
        foreach (var ((command, outcome), counter) in _commands.OrderBy(entry => entry.Key.Command, StringComparer.Ordinal).ThenBy(entry => entry.Key.Outcome, StringComparer.Ordinal))
        {
            Sample(text, "specs_commands_total", $"command=\"{command}\",outcome=\"{outcome}\"", counter.Value);
        }

        Family(text, "specs_refusals_total", "counter", "Commands refused by a business rule, by rule id.");
        foreach (var (rule, counter) in _refusals.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            Sample(text, "specs_refusals_total", $"rule=\"{rule}\"", counter.Value);
        }

        Family(text, "specs_http_responses_total", "counter", "HTTP responses by status code.");
        foreach (var (status, counter) in _responses.OrderBy(entry => entry.Key))
        {
            Sample(text, "specs_http_responses_total", $"code=\"{status}\"", counter.Value);
        }

        Family(text, "specs_command_duration_seconds", "histogram", "Time from a command request's arrival to its answer (after the commit).");
        long cumulative = 0;
        for (var i = 0; i < LatencyBounds.Length; i++)
        {
            cumulative += Interlocked.Read(ref _latencyBuckets[i]);
            Sample(text, "specs_command_duration_seconds_bucket", $"le=\"{LatencyBounds[i].ToString(CultureInfo.InvariantCulture)}\"", cumulative);
        }

        cumulative += Interlocked.Read(ref _latencyBuckets[^1]);
        Sample(text, "specs_command_duration_seconds_bucket", "le=\"+Inf\"", cumulative);
        Sample(text, "specs_command_duration_seconds_sum", null, TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks)).TotalSeconds);
        Sample(text, "specs_command_duration_seconds_count", null, Interlocked.Read(ref _latencyCount));

        Family(text, "specs_pipeline_requests_total", "counter", "Requests committed by the writer (commands and clock ticks).");
        Sample(text, "specs_pipeline_requests_total", null, pipeline.Requests);
        Family(text, "specs_pipeline_refusals_total", "counter", "Commands the writer committed as refusals.");
        Sample(text, "specs_pipeline_refusals_total", null, pipeline.Refusals);
        Family(text, "specs_commit_batches_total", "counter", "Write transactions committed; requests_total / batches_total is the mean commit batch size.");
        Sample(text, "specs_commit_batches_total", null, pipeline.Batches);
        Family(text, "specs_commit_batch_size", "histogram", "Requests per committed write transaction (group commit).");
        cumulative = 0;
        for (var i = 0; i < pipeline.BatchSizeCounts.Count; i++)
        {
            cumulative += pipeline.BatchSizeCounts[i];
            var bound = i == pipeline.BatchSizeCounts.Count - 1 ? "+Inf" : PipelineStatistics.BatchSizeBounds[i].ToString(CultureInfo.InvariantCulture);
            Sample(text, "specs_commit_batch_size_bucket", $"le=\"{bound}\"", cumulative);
        }

        Sample(text, "specs_commit_batch_size_sum", null, pipeline.Requests);
        Sample(text, "specs_commit_batch_size_count", null, pipeline.Batches);
        Family(text, "specs_commit_batch_size_max", "gauge", "Most requests committed in one transaction.");
        Sample(text, "specs_commit_batch_size_max", null, pipeline.LargestBatch);
        Family(text, "specs_busy_total", "counter", "Requests turned away because the input queue was full (HTTP 503).");
        Sample(text, "specs_busy_total", null, pipeline.BusyAnswers);
        Family(text, "specs_failed_requests_total", "counter", "Requests whose commit failed or that hit a bug.");
        Sample(text, "specs_failed_requests_total", null, pipeline.FailedRequests);
        Family(text, "specs_queue_depth", "gauge", "Requests waiting for the writer.");
        Sample(text, "specs_queue_depth", null, pipeline.QueueDepth);
        Family(text, "specs_log_head", "gauge", "Position of the last event in the log.");
        Sample(text, "specs_log_head", null, head);
        return text.ToString();
    }

    private static void Family(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    private static void Sample(StringBuilder text, string name, string? labels, double value)
    {
        text.Append(name);
        if (labels is not null)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
    }

    private sealed class Counter
    {
        private long _value;

        public long Value => Interlocked.Read(ref _value);

        public void Increment() => Interlocked.Increment(ref _value);
    }
}
