using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Specs.Bench;

/// <summary>
/// The median time of a benchmark divided by the median time of its baseline measured in the same run
/// (same class, same parameters): below 1 is faster than the baseline.
/// </summary>
public sealed class MedianRatioColumn : IColumn
{
    public string Id => nameof(MedianRatioColumn);

    public string ColumnName => "Ratio (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median time per operation / the baseline's median time per operation, same run";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var own = summary[benchmarkCase]?.ResultStatistics;
        var reference = baseline is null ? null : summary[baseline]?.ResultStatistics;
        return own is null || reference is null || reference.Median <= 0
            ? "NA"
            : (own.Median / reference.Median).ToString("0.000", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
