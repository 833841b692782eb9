using System.Text.Json;
using System.Text.Json.Serialization;

namespace Specs.Runner.Cli;

/// <summary>
/// Defaults for `specs verify` from the nearest specs.json (the current folder or a parent). Paths in it are
/// relative to the file's folder. The command line always wins over the file.
/// </summary>
public sealed record SpecsConfigFile
{
    public const string FileName = "specs.json";

    public IReadOnlyList<string>? Paths { get; init; }

    public IReadOnlyList<string>? Steps { get; init; }

    public int? Parallel { get; init; }

    public int? Retry { get; init; }

    public int? TimeoutSeconds { get; init; }

    public bool? Strict { get; init; }

    public string? Out { get; init; }

    public string? Tags { get; init; }

    public string? Target { get; init; }

    public bool? Idempotency { get; init; }

    public bool? ReplayCheck { get; init; }

    /// <summary>The Markdown file with the rule tables (docs/domain-rules.md), for the coverage report.</summary>
    public string? Rules { get; init; }

    /// <summary>Whether a gap in the coverage report fails the run.</summary>
    public bool? RequireCoverage { get; init; }

    public static (SpecsConfigFile Config, string? Folder) Find(string startDirectory)
    {
        for (var folder = new DirectoryInfo(startDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, FileName);
            if (File.Exists(path))
            {
                return (Load(path), folder.FullName);
            }
        }

        return (new SpecsConfigFile(), null);
    }

    public static SpecsConfigFile Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), SpecsConfigFileJsonContext.Default.SpecsConfigFile) ?? new SpecsConfigFile();
        }
        catch (JsonException error)
        {
            throw new UsageException($"{path}: {error.Message}");
        }
    }
}

/// <summary>
/// specs.json's reader, generated at build time: the reflection serializer built its metadata on every start of
/// `specs`, about 25 ms of the single-threaded start-up before any scenario runs. An unknown key is an error: a
/// typo in specs.json must not silently fall back to a default.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SpecsConfigFile))]
internal sealed partial class SpecsConfigFileJsonContext : JsonSerializerContext;
