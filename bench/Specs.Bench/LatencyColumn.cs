using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Specs.Bench;

/// <summary>A percentile of the per-command latencies a benchmark recorded in its <see cref="LatencyLog"/>, in microseconds.</summary>
public sealed class LatencyColumn(double percentile) : IColumn
{
    public string Id => $"{nameof(LatencyColumn)}{percentile}";

    public string ColumnName => $"p{percentile.ToString(CultureInfo.InvariantCulture)} latency (us)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 2;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"The {percentile}th percentile of submit-to-reply latency per command, over every command of the case";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var parameters = string.Join(",", benchmarkCase.Parameters.Items.Select(item => Convert.ToString(item.Value, CultureInfo.InvariantCulture)));
        var value = LatencyLog.Find(benchmarkCase.Descriptor.WorkloadMethod.Name, parameters)?.PercentileMicroseconds(percentile);
        return value is { } microseconds ? microseconds.ToString("N0", CultureInfo.InvariantCulture) : "-";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

/// <summary>Adds the p50 and p99 latency columns to a benchmark class that records a <see cref="LatencyLog"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LatencyColumnsAttribute() : BenchmarkDotNet.Attributes.ColumnConfigBaseAttribute(new LatencyColumn(50), new LatencyColumn(99));
