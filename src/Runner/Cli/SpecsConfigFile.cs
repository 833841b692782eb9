using System.Text.Json;

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
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException error)
        {
            throw new UsageException($"{path}: not valid JSON: {Sim.Cluster.JsonMistake.Describe(error)}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return new SpecsConfigFile();
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{path}: the file must hold one JSON object of settings (such as {{ \"parallel\": 2 }}), not {Describe(document.RootElement)}");
            }

            return Read(path, document.RootElement);
        }
    }

    // Read by hand rather than by a serializer: even generated at build time, a serializer's metadata is built at run
    // time and JIT-compiled for each value-typed property (about 120 methods), on the single-threaded start of every
    // `specs` command. Names match case-insensitively; an unknown key is an error, so that a typo in specs.json never
    // falls back to a default without a word.
    private static SpecsConfigFile Read(string path, JsonElement settings)
    {
        var config = new SpecsConfigFile();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings.EnumerateObject())
        {
            // JSON lets a key repeat and the last one win; in a settings file the first one then silently does nothing.
            if (!seen.Add(setting.Name))
            {
                throw new UsageException($"{path}: the setting \"{setting.Name}\" is given twice; keep one");
            }

            var known = Array.Find(Settings, candidate => string.Equals(candidate.Name, setting.Name, StringComparison.OrdinalIgnoreCase));
            config = known.Read is { } read
                ? read(config, path, setting.Name, setting.Value)
                : throw new UsageException($"{path}: unknown setting \"{setting.Name}\"; the settings are {string.Join(", ", Settings.Select(candidate => candidate.Name))}");
        }

        return config;
    }

    // Every setting, by its name as specs.json spells it, with how its value is read into the defaults.
    private static readonly (string Name, Func<SpecsConfigFile, string, string, JsonElement, SpecsConfigFile> Read)[] Settings =
    [
        ("paths", (config, path, name, value) => config with { Paths = Strings(path, name, value) }),
        ("steps", (config, path, name, value) => config with { Steps = Strings(path, name, value) }),
        ("parallel", (config, path, name, value) => config with { Parallel = Number(path, name, value) }),
        ("retry", (config, path, name, value) => config with { Retry = Number(path, name, value) }),
        ("timeoutSeconds", (config, path, name, value) => config with { TimeoutSeconds = Number(path, name, value) }),
        ("strict", (config, path, name, value) => config with { Strict = Flag(path, name, value) }),
        ("out", (config, path, name, value) => config with { Out = Text(path, name, value) }),
        ("tags", (config, path, name, value) => config with { Tags = Text(path, name, value) }),
        ("target", (config, path, name, value) => config with { Target = Text(path, name, value) }),
        ("idempotency", (config, path, name, value) => config with { Idempotency = Flag(path, name, value) }),
        ("replayCheck", (config, path, name, value) => config with { ReplayCheck = Flag(path, name, value) }),
        ("rules", (config, path, name, value) => config with { Rules = Text(path, name, value) }),
        ("requireCoverage", (config, path, name, value) => config with { RequireCoverage = Flag(path, name, value) }),
    ];

    private static string[]? Strings(string path, string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Array => value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String
            ? item.GetString()!
            : throw Wrong(path, name, "a list of strings", item)).ToArray(),
        _ => throw Wrong(path, name, "a list of strings", value),
    };

    private static int? Number(string path, string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number when value.TryGetInt32(out var number) => number,
        _ => throw Wrong(path, name, "a whole number", value),
    };

    private static bool? Flag(string path, string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Wrong(path, name, "true or false", value),
    };

    private static string? Text(string path, string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => throw Wrong(path, name, "a string", value),
    };

    private static UsageException Wrong(string path, string name, string expected, JsonElement value) =>
        new($"{path}: \"{name}\" must be {expected}, not {Describe(value)}");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string {value.GetRawText()}",
        _ => value.GetRawText(),
    };
}
