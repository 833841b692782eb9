using Specs.Runner.Cli;

namespace Specs.Runner.Simulation;

/// <summary>The kinds of shard report `specs merge` combines.</summary>
public enum ShardReportKind
{
    /// <summary>`specs faults --shard i/n`: faults.json.</summary>
    Faults,

    /// <summary>`specs verify --shard i/n` (any target, `--target sim` included): cucumber.ndjson and the reports built from it.</summary>
    Verify,
}

/// <summary>
/// One input of `specs merge`: a shard's report folder (or its faults.json or cucumber.ndjson) and which
/// kind of run wrote it, told by the file it holds.
/// </summary>
public sealed record ShardReport(string Input, ShardReportKind Kind, string File)
{
    public const string FaultsFileName = "faults.json";

    /// <summary>The folder that holds the report (the input itself, or the folder of the file it names).</summary>
    public string Folder => Path.GetDirectoryName(File) is { Length: > 0 } folder ? folder : ".";

    /// <summary>What <paramref name="input"/> holds; a folder with neither report, or with both, is the user's mistake.</summary>
    public static ShardReport Of(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (System.IO.File.Exists(input))
        {
            return Path.GetFileName(input) switch
            {
                FaultsFileName => new ShardReport(input, ShardReportKind.Faults, input),
                Reporting.VerifyReportMerge.StreamFileName => new ShardReport(input, ShardReportKind.Verify, input),
                _ => throw new UsageException($"{input}: expected a report folder, a {FaultsFileName} or a {Reporting.VerifyReportMerge.StreamFileName}"),
            };
        }

        if (!Directory.Exists(input))
        {
            throw new UsageException($"{input}: no such report folder");
        }

        var faults = Path.Combine(input, FaultsFileName);
        var stream = Path.Combine(input, Reporting.VerifyReportMerge.StreamFileName);
        return (System.IO.File.Exists(faults), System.IO.File.Exists(stream)) switch
        {
            (true, false) => new ShardReport(input, ShardReportKind.Faults, faults),
            (false, true) => new ShardReport(input, ShardReportKind.Verify, stream),
            (true, true) => throw new UsageException($"{input} holds both a {FaultsFileName} (specs faults) and a {Reporting.VerifyReportMerge.StreamFileName} (specs verify): "
                + "give each run its own --out folder, or name the file to merge"),
            _ => throw new UsageException($"{input}: no {FaultsFileName} (specs faults) and no {Reporting.VerifyReportMerge.StreamFileName} (specs verify) there"),
        };
    }

    /// <summary>The kind in words, for messages.</summary>
    public static string Describe(ShardReportKind kind) => kind switch
    {
        ShardReportKind.Faults => $"a fault-suite report ({FaultsFileName} of specs faults)",
        _ => $"a verify report ({Reporting.VerifyReportMerge.StreamFileName} of specs verify)",
    };
}
