using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml.Schema;
using Specs.Runner.Tests.Support;

namespace Specs.Runner.Tests.Reporting;

/// <summary>The reports' shapes: reproducible NDJSON, JUnit after Cucumber's conventions, pinned by golden files.</summary>
[Collection(RunnerCollection.Name)]
public sealed partial class ReportShapeTests
{
    private static readonly string[] Reproducible = ["Fixtures/basic", "--order", "defined", "--fixed-clock", "2026-01-01T00:00:00Z"];

    [Fact]
    public async Task Two_runs_with_a_fixed_clock_write_byte_identical_ndjson()
    {
        var first = await FixtureRun.RunAsync([.. Reproducible, "--parallel", "2"]);
        var second = await FixtureRun.RunAsync([.. Reproducible, "--parallel", "2"]);

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(first.Ndjson, second.Ndjson);
        Assert.Contains("\"timestamp\":{\"seconds\":1767225600,\"nanos\":0}", first.Ndjson);
    }

    [Fact]
    public async Task The_ndjson_stream_keeps_its_shape()
    {
        var run = await FixtureRun.RunAsync([.. Reproducible, "--parallel", "1"]);

        Snapshot.Match("basic.ndjson", Normalize(run.Ndjson));
    }

    [Fact]
    public async Task The_junit_report_keeps_its_shape()
    {
        var run = await FixtureRun.RunAsync([.. Reproducible, "--parallel", "1"]);

        Snapshot.Match("basic.junit.xml", Normalize(run.JUnit));
    }

    [Fact]
    public async Task The_junit_report_is_valid_against_the_jenkins_schema()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic");

        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "TestData", "junit", "jenkins-junit.xsd"));
        var errors = new List<string>();
        XDocument.Parse(run.JUnit).Validate(schemas, (_, error) => errors.Add(error.Message));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Junit_names_follow_rule_scenario_examples_row()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/passing.feature");

        var names = XDocument.Parse(run.JUnit).Descendants("testcase").Select(testcase => (string)testcase.Attribute("name")!).ToList();
        Assert.Equal(
            [
                "Adding once",
                "Adding <amount> - small - #1.1: Adding 1",
                "Adding <amount> - small - #1.2: Adding 2",
                "Adding <amount> - large - #2.1: Adding 10",
                "Tables and doc strings are step arguments - Summing a table",
                "Tables and doc strings are step arguments - Reading a doc string",
            ],
            names);
        Assert.All(XDocument.Parse(run.JUnit).Descendants("testcase"), testcase => Assert.Equal("Passing basics", (string)testcase.Attribute("classname")!));
    }

    [Fact]
    public async Task Junit_counts_undefined_pending_and_ambiguous_as_failures_in_strict_mode()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/statuses.feature");

        var suite = XDocument.Parse(run.JUnit).Root!;
        Assert.Equal("4", (string)suite.Attribute("failures")!);
        Assert.Equal("4", (string)suite.Attribute("tests")!);
        Assert.Contains("Then the counter reads 5.".PadRight(76, '.') + "failed", run.JUnit);
    }

    [Fact]
    public async Task The_html_report_embeds_the_stream()
    {
        var run = await FixtureRun.RunAsync("Fixtures/basic/passing.feature");

        var html = File.ReadAllText(Path.Combine(run.OutputDirectory, "cucumber.html"));
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart());
        Assert.Contains("Passing basics", html);
    }

    /// <summary>Stack frames name source paths and line numbers of this machine's build; they are not the shape.</summary>
    private static string Normalize(string text) => StackFrames().Replace(text, "");

    [GeneratedRegex(@"(\\n|\n)\s*(at |--- End of stack trace).*?(?=\\n|\n|""|\]\]>)")]
    private static partial Regex StackFrames();
}
