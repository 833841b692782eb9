using System.Globalization;
using System.Net;
using System.Text;

namespace Specs.Runner.Simulation;

/// <summary>
/// Writes faults.md, faults.json and faults.html (self-contained: inline style and SVG, no network) from a
/// <see cref="FaultReport"/>: a summary, per seed what was injected and how long it took, failures grouped
/// by invariant with their reproduction and commit, the negative suite, and each failure's timeline.
/// </summary>
public static class FaultReportWriter
{
    private const int LaneWidth = 9;

    /// <summary>Writes the three files into <paramref name="folder"/>.</summary>
    public static void Write(FaultReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "faults.json"), report.ToJson());
        File.WriteAllText(Path.Combine(folder, "faults.md"), Markdown(report));
        File.WriteAllText(Path.Combine(folder, "faults.html"), Html(report));
    }

    /// <summary>The Markdown report, timelines as text swim lanes.</summary>
    public static string Markdown(FaultReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("# Fault suite report").AppendLine();
        text.AppendLine(Summary(report)).AppendLine();
        AppendNegativeMarkdown(report, text);
        text.AppendLine("## Failures by invariant").AppendLine();
        if (report.Failures.Count == 0)
        {
            text.AppendLine("No failures.").AppendLine();
        }

        foreach (var group in report.Failures.GroupBy(failure => failure.Invariant).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### `{group.Key}` ({group.Count()})").AppendLine();
            foreach (var failure in group)
            {
                AppendFailureMarkdown(failure, text);
            }
        }

        text.AppendLine("## Runs").AppendLine();
        text.AppendLine("| seed | kind | result | faults injected | simulated | wall | commands | fail-overs | crashes |");
        text.AppendLine("|---:|---|---|---|---:|---:|---:|---:|---:|");
        foreach (var run in report.Runs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {run.Seed} | {run.Kind} | {(run.Passed ? "passed" : $"FAILED `{run.Invariant}`")} | {FaultsByKind(run)} | {run.SimulatedMs} ms | {run.WallMs} ms | {run.CommandsAnswered}/{run.Commands} | {run.Failovers} | {run.Crashes} |");
        }

        return text.ToString();
    }

    /// <summary>A timeline as a text swim lane: one column per lane, arrows for messages, X for faults, ! where it broke.</summary>
    public static string SwimLane(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var text = new StringBuilder();
        text.Append("    tick ");
        foreach (var lane in timeline.Lanes)
        {
            text.Append(Abbreviate(lane).PadRight(LaneWidth));
        }

        text.AppendLine();
        if (timeline.Omitted > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"         ... {timeline.Omitted} earlier messages not shown");
        }

        var width = timeline.Lanes.Count * LaneWidth;
        foreach (var row in timeline.Rows)
        {
            var cells = new char[width];
            for (var lane = 0; lane < timeline.Lanes.Count; lane++)
            {
                for (var column = 0; column < LaneWidth; column++)
                {
                    cells[(lane * LaneWidth) + column] = column == 0 ? '|' : ' ';
                }
            }

            switch (row.Kind)
            {
                case TimelineRowKind.Message:
                    var (from, to) = (row.From * LaneWidth, row.To * LaneWidth);
                    for (var column = Math.Min(from, to) + 1; column < Math.Max(from, to); column++)
                    {
                        cells[column] = '-';
                    }

                    cells[from] = 'o';
                    cells[to] = from == to ? 'o' : to > from ? '>' : '<';
                    break;
                case TimelineRowKind.Violation:
                    Array.Fill(cells, '!');
                    break;
                default:
                    var mark = row.Kind == TimelineRowKind.Fault ? 'X' : '+';
                    foreach (var lane in row.From < 0 ? Enumerable.Range(0, timeline.Lanes.Count) : new[] { row.From, row.To }.Distinct())
                    {
                        cells[lane * LaneWidth] = mark;
                    }

                    break;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"{row.Tick,8} {new string(cells)}  {row.Label}");
        }

        return text.ToString();
    }

    /// <summary>The HTML report: one page, inline style, each timeline an inline SVG.</summary>
    public static string Html(FaultReport report)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fault suite report</title><style>");
        html.AppendLine("body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
            + ".failed{color:#b00020;font-weight:bold}.passed{color:#05710b}code,pre{background:#f4f4f4;padding:1px 4px}svg text{font:11px monospace}");
        html.AppendLine("</style></head><body><h1>Fault suite report</h1>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p>{Encode(Summary(report))}</p>");
        if (report.Negative.Count > 0)
        {
            html.AppendLine("<h2>Negative suite</h2><table><tr><th>bug</th><th>caught</th><th>seeds</th><th>time to catch</th><th>invariant</th><th>faults before → after</th><th>commands before → after</th><th>shrink runs</th></tr>");
            foreach (var bug in report.Negative)
            {
                var failure = bug.Failure;
                html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{Encode(bug.Bug)}</td><td class=\"{(bug.Caught && bug.Shrunk ? "passed" : "failed")}\">{(bug.Caught ? bug.Shrunk ? "caught, shrunk" : "caught, NOT shrunk" : "NOT caught")}</td><td>{bug.SeedsRun}</td><td>{bug.CatchWallMs} ms</td>"
                    + $"<td>{Encode(failure?.Invariant ?? "")}</td><td>{failure?.OriginalFaults} → {failure?.MinimalFaults}</td><td>{failure?.OriginalCommands} → {failure?.MinimalCommands}</td><td>{failure?.ShrinkRuns}</td></tr>");
            }

            html.AppendLine("</table>");
        }

        html.AppendLine("<h2>Failures by invariant</h2>");
        if (report.Failures.Count == 0)
        {
            html.AppendLine("<p class=\"passed\">No failures.</p>");
        }

        foreach (var group in report.Failures.GroupBy(failure => failure.Invariant).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<h3><code>{Encode(group.Key)}</code> ({group.Count()})</h3>");
            foreach (var failure in group)
            {
                AppendFailureHtml(failure, html);
            }
        }

        foreach (var bug in report.Negative.Where(bug => bug.Failure is not null))
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<h3>Seeded bug {Encode(bug.Bug)}</h3>");
            AppendFailureHtml(bug.Failure!, html);
        }

        html.AppendLine("<h2>Runs</h2><table><tr><th>seed</th><th>kind</th><th>result</th><th>faults injected</th><th>simulated</th><th>wall</th><th>commands</th><th>fail-overs</th><th>crashes</th></tr>");
        foreach (var run in report.Runs)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{run.Seed}</td><td>{Encode(run.Kind)}</td><td class=\"{(run.Passed ? "passed" : "failed")}\">{(run.Passed ? "passed" : "FAILED " + Encode(run.Invariant ?? ""))}</td><td>{Encode(FaultsByKind(run))}</td><td>{run.SimulatedMs} ms</td><td>{run.WallMs} ms</td><td>{run.CommandsAnswered}/{run.Commands}</td><td>{run.Failovers}</td><td>{run.Crashes}</td></tr>");
        }

        html.AppendLine("</table></body></html>");
        return html.ToString();
    }

    /// <summary>A timeline as SVG: vertical lanes, arrows for messages, red marks for faults, a red band where it broke.</summary>
    public static string Svg(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        const int laneGap = 110, rowHeight = 18, left = 70, top = 30;
        var width = left + (timeline.Lanes.Count * laneGap) + 520;
        var height = top + ((timeline.Rows.Count + 1) * rowHeight);
        int X(int lane) => left + (lane * laneGap) + (laneGap / 2);
        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\">");
        svg.AppendLine("<defs><marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"8\" refY=\"4\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#335\"/></marker></defs>");
        for (var lane = 0; lane < timeline.Lanes.Count; lane++)
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{X(lane)}\" y=\"16\" text-anchor=\"middle\">{Encode(timeline.Lanes[lane])}</text><line x1=\"{X(lane)}\" y1=\"{top - 8}\" x2=\"{X(lane)}\" y2=\"{height}\" stroke=\"#bbb\"/>");
        }

        var labelX = left + (timeline.Lanes.Count * laneGap) + 10;
        for (var index = 0; index < timeline.Rows.Count; index++)
        {
            var row = timeline.Rows[index];
            var y = top + (index * rowHeight) + 9;
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 4}\">{row.Tick} ms</text>");
            switch (row.Kind)
            {
                case TimelineRowKind.Message:
                    svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{X(row.From)}\" y1=\"{y}\" x2=\"{X(row.To)}\" y2=\"{y}\" stroke=\"#335\" marker-end=\"url(#arrow)\"/>");
                    break;
                case TimelineRowKind.Violation:
                    svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y - 8}\" width=\"{timeline.Lanes.Count * laneGap}\" height=\"16\" fill=\"#b00020\" opacity=\"0.8\"/>");
                    break;
                default:
                    var colour = row.Kind == TimelineRowKind.Fault ? "#b00020" : "#05710b";
                    foreach (var lane in row.From < 0 ? Enumerable.Range(0, timeline.Lanes.Count) : new[] { row.From, row.To }.Distinct())
                    {
                        svg.AppendLine(CultureInfo.InvariantCulture, $"<circle cx=\"{X(lane)}\" cy=\"{y}\" r=\"5\" fill=\"{colour}\"/>");
                    }

                    if (row.Kind == TimelineRowKind.Fault && row.From >= 0 && row.To != row.From)
                    {
                        svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{X(row.From)}\" y1=\"{y}\" x2=\"{X(row.To)}\" y2=\"{y}\" stroke=\"{colour}\" stroke-dasharray=\"4 3\"/>");
                    }

                    break;
            }

            var fill = row.Kind is TimelineRowKind.Fault or TimelineRowKind.Violation ? "#b00020" : "#222";
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{labelX}\" y=\"{y + 4}\" fill=\"{fill}\">{Encode(row.Label)}</text>");
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string Summary(FaultReport report)
    {
        var simulated = report.Runs.Sum(run => run.SimulatedMs);
        var budget = (report.SeedsSkippedByBudget > 0 ? $"; {report.SeedsSkippedByBudget} seeds not started (time budget)" : string.Empty)
            + (report.NotStartedAfterInterrupt > 0 ? $"; INTERRUPTED by Ctrl+C: {report.NotStartedAfterInterrupt} seeds, cases or seeded bugs not started" : string.Empty);
        // The negative suite's hunts are runs too: a report of the negative suite alone said "0 runs, 0 ms simulated".
        var work = new List<string>();
        if (report.Runs.Count > 0 || report.Negative.Count == 0)
        {
            work.Add(string.Create(CultureInfo.InvariantCulture, $"{Output.Counted.Of(report.Runs.Count, "run", "runs")}, {simulated} ms simulated"));
        }

        if (report.Negative.Count > 0)
        {
            work.Add($"{Output.Counted.Of(report.Negative.Count, "seeded bug", "seeded bugs")} hunted over {Output.Counted.Of(report.Negative.Sum(bug => (long)bug.SeedsRun), "seed", "seeds")}");
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"Commit {report.Commit ?? "unknown"}, shards {string.Join(", ", report.Shards)}: {report.Passed} passed, {report.Failed} failed. {string.Join("; ", work)}, in {report.WallMs} ms of wall time{budget}.");
    }

    private static void AppendNegativeMarkdown(FaultReport report, StringBuilder text)
    {
        if (report.Negative.Count == 0)
        {
            return;
        }

        text.AppendLine("## Negative suite (seeded bugs)").AppendLine();
        text.AppendLine("| bug | result | seeds | time to catch | invariant | faults before → after | commands before → after | shrink runs | shrink time |");
        text.AppendLine("|---|---|---:|---:|---|---|---|---:|---:|");
        foreach (var bug in report.Negative)
        {
            var failure = bug.Failure;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {bug.Bug} | {(bug.Caught ? bug.Shrunk ? "caught, shrunk" : "caught, NOT shrunk" : "NOT caught")} | {bug.SeedsRun} | {bug.CatchWallMs} ms | `{failure?.Invariant}` | {failure?.OriginalFaults} → {failure?.MinimalFaults} | {failure?.OriginalCommands} → {failure?.MinimalCommands} | {failure?.ShrinkRuns} | {failure?.ShrinkWallMs} ms |");
        }

        text.AppendLine();
        foreach (var bug in report.Negative.Where(bug => bug.Failure is not null))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### Seeded bug {bug.Bug}").AppendLine();
            AppendFailureMarkdown(bug.Failure!, text);
        }
    }

    private static void AppendFailureMarkdown(FailureRecord failure, StringBuilder text)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"**Seed {failure.Seed}**{(failure.Bug is null ? string.Empty : $" with seeded bug {failure.Bug}")}, commit {failure.Commit ?? "unknown"}: broke at {failure.BrokeAtMs} ms: {failure.Detail}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- reproduce: `{failure.Reproduce}` ({failure.OriginalFaults} faults, {failure.OriginalCommands} commands; schedule `{failure.OriginalSchedule}`)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- minimal: `{failure.ReproduceMinimal}` ({failure.MinimalFaults} faults, {failure.MinimalCommands} commands; shrunk in {failure.ShrinkRuns} runs, {failure.ShrinkWallMs} ms)").AppendLine();
        text.AppendLine("Timeline of the minimal run (`o->` message, `X` fault, `+` restart or heal, `!` invariant broken):").AppendLine();
        text.AppendLine("```").Append(SwimLane(failure.Timeline)).AppendLine("```").AppendLine();
    }

    private static void AppendFailureHtml(FailureRecord failure, StringBuilder html)
    {
        html.AppendLine(CultureInfo.InvariantCulture, $"<p><b>Seed {failure.Seed}</b>{(failure.Bug is null ? string.Empty : " with seeded bug " + Encode(failure.Bug))}, commit {Encode(failure.Commit ?? "unknown")}: broke at {failure.BrokeAtMs} ms: {Encode(failure.Detail)}</p>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<ul><li>reproduce: <code>{Encode(failure.Reproduce)}</code> ({failure.OriginalFaults} faults, {failure.OriginalCommands} commands)</li>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<li>minimal: <code>{Encode(failure.ReproduceMinimal)}</code> ({failure.MinimalFaults} faults, {failure.MinimalCommands} commands; {failure.ShrinkRuns} shrink runs)</li></ul>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<details open><summary>Timeline of the minimal run{(failure.Timeline.Omitted > 0 ? $" ({failure.Timeline.Omitted} earlier messages not shown)" : string.Empty)}</summary>");
        html.AppendLine(Svg(failure.Timeline)).AppendLine("</details>");
    }

    private static string FaultsByKind(SeedRun run) =>
        run.FaultsByKind.Count == 0 ? "none" : string.Join(", ", run.FaultsByKind.Select(pair => $"{pair.Key} {pair.Value}"));

    private static string Abbreviate(string lane) => lane.Replace("node ", "n", StringComparison.Ordinal).Replace("client ", "c", StringComparison.Ordinal);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
