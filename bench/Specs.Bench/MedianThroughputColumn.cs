using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Specs.Bench;

/// <summary>
/// Throughput derived from the median: one second divided by the median time of one operation
/// (a scenario, a command or an event, as each benchmark's OperationsPerInvoke says).
/// </summary>
public sealed class MedianThroughputColumn : IColumn
{
    public string Id => nameof(MedianThroughputColumn);

    public string ColumnName => "Ops/s (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Operations per second: 1 s / median time per operation";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null || statistics.Median <= 0
            ? "NA"
            : (1e9 / statistics.Median).ToString("N0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
