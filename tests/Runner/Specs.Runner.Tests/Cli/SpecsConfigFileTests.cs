using Specs.Runner.Cli;

namespace Specs.Runner.Tests.Cli;

/// <summary>specs.json: every setting read as written, and every mistake in it named with the file, the setting and why.</summary>
public sealed class SpecsConfigFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("specs-config-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_folder.FullName, SpecsConfigFile.FileName);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Every_setting_is_read_whatever_its_case_with_comments_and_trailing_commas_allowed()
    {
        var path = Write("""
            {
              // the corpus
              "paths": ["specs/purchasing", "specs/picking"],
              "Steps": ["bin/Steps.dll"],
              "parallel": 3, "retry": 1, "TIMEOUTSECONDS": 30,
              "strict": false, "out": "reports/ci", "tags": "not @wip", "target": "sim",
              "idempotency": true, "replayCheck": true, "rules": "docs/domain-rules.md", "requireCoverage": true,
            }
            """);

        var config = SpecsConfigFile.Load(path);

        var expected = new SpecsConfigFile
        {
            Paths = config.Paths,
            Steps = config.Steps,
            Parallel = 3,
            Retry = 1,
            TimeoutSeconds = 30,
            Strict = false,
            Out = "reports/ci",
            Tags = "not @wip",
            Target = "sim",
            Idempotency = true,
            ReplayCheck = true,
            Rules = "docs/domain-rules.md",
            RequireCoverage = true,
        };
        Assert.Equal(expected, config);
        Assert.Equal(["specs/purchasing", "specs/picking"], config.Paths);
        Assert.Equal(["bin/Steps.dll"], config.Steps);
        Assert.Equal(new SpecsConfigFile(), SpecsConfigFile.Load(Write("{ \"parallel\": null }")));
    }

    [Theory]
    [InlineData("{ \"parallel\": 1, \"Parallel\": 2 }", "the setting \"Parallel\" is given twice; keep one")]
    [InlineData("{ \"paralel\": 2 }", "unknown setting \"paralel\"; the settings are paths, steps, parallel, retry, timeoutSeconds, strict, out, tags, target, idempotency, replayCheck, rules, requireCoverage")]
    [InlineData("{ \"parallel\": \"two\" }", "\"parallel\" must be a whole number, not the string \"two\"")]
    [InlineData("{ \"parallel\": 2.5 }", "\"parallel\" must be a whole number, not 2.5")]
    [InlineData("{ \"strict\": \"yes\" }", "\"strict\" must be true or false, not the string \"yes\"")]
    [InlineData("{ \"paths\": \"specs\" }", "\"paths\" must be a list of strings, not the string \"specs\"")]
    [InlineData("{ \"paths\": [\"specs\", 3] }", "\"paths\" must be a list of strings, not 3")]
    [InlineData("{ \"out\": {} }", "\"out\" must be a string, not an object")]
    [InlineData("[\"specs\"]", "the file must hold one JSON object of settings (such as { \"parallel\": 2 }), not a list")]
    public void A_mistake_names_the_file_the_setting_and_what_was_expected(string json, string expected)
    {
        var path = Write(json);

        var error = Assert.Throws<UsageException>(() => SpecsConfigFile.Load(path));

        Assert.Equal($"{path}: {expected}", error.Message);
    }

    [Theory]
    [InlineData("{ \"parallel\": 0 }", "\"parallel\" in PATH must be between 1 and 256, not 0")]
    [InlineData("{ \"retry\": -1 }", "\"retry\" in PATH must be between 0 and 10, not -1")]
    [InlineData("{ \"timeoutSeconds\": 0 }", "\"timeoutSeconds\" in PATH must be between 1 and")]
    [InlineData("{ \"tags\": \"(@a\" }", "\"tags\" in PATH: Tag expression \"(@a\" could not be parsed")]
    [InlineData("{ \"target\": \"nope\" }", "\"target\" in PATH: unknown target 'nope' (known: lmdb, sim, none)")]
    public void A_setting_out_of_range_is_named_as_the_setting_in_the_file_not_as_an_option(string json, string expected)
    {
        var path = Write(json);
        var command = new VerifyCommand();
        var parse = command.Build((_, _) => Task.FromResult(0)).Parse(["--steps", "Steps.dll"]);

        var error = Assert.Throws<UsageException>(() => command.ToOptions(parse, _folder.FullName));

        Assert.StartsWith(expected.Replace("PATH", path, StringComparison.Ordinal), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"paths\": [] }", "\"paths\" in PATH is empty; list at least one folder or feature file, or leave the setting out")]
    [InlineData("{ \"paths\": [\"\"] }", "\"paths\" in PATH holds an empty path")]
    [InlineData("{ \"paths\": [\"features/nosuch\"] }", "\"paths\" in PATH names features/nosuch, which does not exist (at features/nosuch)")]
    [InlineData("{ \"steps\": [] }", "\"steps\" in PATH is empty; list at least one step assembly, or leave the setting out")]
    public void A_path_setting_that_selects_nothing_is_named_as_the_setting_in_the_file(string json, string expected)
    {
        var path = Write(json);
        var command = new VerifyCommand();
        var parse = command.Build((_, _) => Task.FromResult(0)).Parse(json.Contains("steps", StringComparison.Ordinal) ? [] : ["--steps", "Steps.dll"]);

        var error = Assert.Throws<UsageException>(() => command.ToOptions(parse, _folder.FullName));

        Assert.Equal(expected.Replace("PATH", path, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void A_file_that_is_not_json_names_the_line()
    {
        var path = Write("{\n  \"parallel\": 2\n  \"retry\": 1\n}");

        var error = Assert.Throws<UsageException>(() => SpecsConfigFile.Load(path));

        // Counted from 1, as an editor shows it: the missing comma is found at the start of line 3.
        Assert.StartsWith($"{path}: not valid JSON: line 3, column 3: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }
}
