using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;
using Specs.Inventory.Scenarios;
using Specs.Runner.Cli;

namespace Specs.Runner.Reporting;

/// <summary>
/// idempotency.md/.json and replay.md/.json: one line per scenario a verification mode checked, failures
/// first with their first difference. Built from the findings the scenario host attached to the canonical
/// stream (file name <c>&lt;mode&gt;.json</c>), taking each scenario's last attempt; written only when the
/// mode ran. No timestamps, so the same stream gives the same reports.
/// </summary>
public static class VerificationReport
{
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    private static readonly (string Mode, string FileStem, string Title, string Description)[] Modes =
    [
        (VerificationFinding.IdempotencyMode, "idempotency", "Idempotency",
            "Each scenario's Given events were delivered twice and its When a second time with the same idempotency key. "
            + "A scenario passes only if no extra events appeared, the second response equalled the first and the views stayed identical."),
        (VerificationFinding.ReplayMode, "replay", "Replay check",
            "After each scenario every view was rebuilt from the event log and compared with the stored one, byte for byte."),
    ];

    /// <summary>Writes the reports of the modes that ran into the output folder; returns their paths as written.</summary>
    public static IReadOnlyList<string> WriteAll(VerifyOptions options, IReadOnlyList<Envelope> envelopes, RunDigest digest)
    {
        ArgumentNullException.ThrowIfNull(options);
        var written = new List<string>();
        foreach (var (mode, stem, title, description) in Modes)
        {
            var ran = mode == VerificationFinding.IdempotencyMode ? options.Idempotency : options.ReplayCheck;
            if (!ran)
            {
                // An earlier run's report of a mode this run did not check, left beside this run's reports, read as this run's.
                foreach (var extension in new[] { "json", "md" })
                {
                    File.Delete(Path.GetFullPath(Path.Combine(options.OutputDirectory, $"{stem}.{extension}"), options.BaseDirectory));
                }

                continue;
            }

            var findings = Collect(mode, envelopes, digest);
            foreach (var (extension, text) in new[] { ("json", RenderJson(mode, findings)), ("md", RenderMarkdown(title, description, findings)) })
            {
                var path = Path.Combine(options.OutputDirectory, $"{stem}.{extension}");
                var fullPath = Path.GetFullPath(path, options.BaseDirectory);
                Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
                File.WriteAllText(fullPath + ".tmp", text, new UTF8Encoding(false));
                File.Move(fullPath + ".tmp", fullPath, overwrite: true);
                written.Add(path);
            }
        }

        return written;
    }

    /// <summary>The findings of one mode, from the last attempt of each test case, in stream order.</summary>
    public static IReadOnlyList<VerificationFinding> Collect(string mode, IReadOnlyList<Envelope> envelopes, RunDigest digest)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        ArgumentNullException.ThrowIfNull(digest);
        var lastAttempts = digest.TestCases.Select(outcome => outcome.Last.Started.Id).ToHashSet(StringComparer.Ordinal);
        var fileName = mode + ".json";
        return envelopes
            .Select(envelope => envelope.Attachment)
            .Where(attachment => attachment is not null && attachment.FileName == fileName && attachment.TestCaseStartedId is { } started && lastAttempts.Contains(started))
            .Select(attachment => JsonSerializer.Deserialize<VerificationFinding>(attachment!.Body, ReadOptions)!)
            .ToList();
    }

    public static string RenderJson(string mode, IReadOnlyList<VerificationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var results = new JsonArray();
        foreach (var finding in findings)
        {
            results.Add(new JsonObject
            {
                ["scenario"] = finding.Scenario,
                ["name"] = finding.Name,
                ["passed"] = finding.Passed,
                ["summary"] = finding.Summary,
                ["firstDifference"] = finding.FirstDifference,
            });
        }

        var report = new JsonObject
        {
            ["mode"] = mode,
            ["scenarios"] = findings.Count,
            ["passed"] = findings.Count(finding => finding.Passed),
            ["failed"] = findings.Count(finding => !finding.Passed),
            ["results"] = results,
        };
        return report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    public static string RenderMarkdown(string title, string description, IReadOnlyList<VerificationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var text = new StringBuilder();
        var failed = findings.Where(finding => !finding.Passed).ToList();
        text.Append("# ").Append(title).Append("\n\n").Append(description).Append("\n\n");
        text.Append("**").Append(findings.Count).Append(" scenarios checked: ").Append(findings.Count - failed.Count)
            .Append(" passed, ").Append(failed.Count).Append(" failed.**\n");
        if (failed.Count > 0)
        {
            text.Append("\n## Failures\n\n| scenario | name | what happened | first difference |\n|---|---|---|---|\n");
            foreach (var finding in failed)
            {
                text.Append("| ").Append(Cell(finding.Scenario)).Append(" | ").Append(Cell(finding.Name)).Append(" | ")
                    .Append(Cell(finding.Summary)).Append(" | ").Append(Cell(finding.FirstDifference ?? "")).Append(" |\n");
            }
        }

        if (findings.Count > 0)
        {
            text.Append("\n## Every scenario\n\n| scenario | name | result |\n|---|---|---|\n");
            foreach (var finding in findings)
            {
                text.Append("| ").Append(Cell(finding.Scenario)).Append(" | ").Append(Cell(finding.Name)).Append(" | ")
                    .Append(finding.Passed ? "passed" : "**failed**").Append(" |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
