using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml.Schema;
using Io.Cucumber.Messages.Types;
using Specs.Runner.Reporting;
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

        Assert.Empty(SchemaErrors(run.JUnit));
    }

    [Fact]
    public async Task Junit_reports_a_feature_that_did_not_parse_as_a_test_case_in_error()
    {
        var run = await FixtureRun.RunAsync("Fixtures/parse");

        var suite = XDocument.Parse(run.JUnit).Root!;
        Assert.Equal("2", (string)suite.Attribute("tests")!);
        Assert.Equal("1", (string)suite.Attribute("errors")!);
        Assert.Equal("0", (string)suite.Attribute("failures")!);
        var broken = Assert.Single(suite.Elements("testcase"), testcase => testcase.Element("error") is not null);
        Assert.Equal("Fixtures/parse/broken.feature", (string)broken.Attribute("name")!);
        var error = broken.Element("error")!;
        Assert.StartsWith("Fixtures/parse/broken.feature:5: ", (string)error.Attribute("message")!, StringComparison.Ordinal);
        Assert.Contains("this line is not a step", (string)error.Attribute("message")!, StringComparison.Ordinal);
        Assert.StartsWith("Fixtures/parse/broken.feature:5: ", error.Value, StringComparison.Ordinal);
        Assert.Empty(SchemaErrors(run.JUnit));
    }

    [Fact]
    public void Junit_gives_a_feature_with_several_parse_errors_one_test_case_that_lists_them_all()
    {
        static Envelope Error(string uri, long line, string message) =>
            Envelope.Create(new ParseError(new SourceReference(uri, null, null, new Location(line, 3)), message));
        var digest = new RunDigest(
            [Error("specs/a.feature", 4, "(4:3): expected: #StepLine, got '<not a step> & \"more\"'"), Error("specs/a.feature", 9, "(9:3): inconsistent cell count"), Error("specs/b.feature", 2, "(2:1): expected: #Feature")],
            strict: true);

        var junit = JUnitReport.Render(digest);

        var suite = XDocument.Parse(junit).Root!;
        Assert.Equal(("2", "2", "0"), ((string)suite.Attribute("tests")!, (string)suite.Attribute("errors")!, (string)suite.Attribute("failures")!));
        var first = suite.Elements("testcase").First().Element("error")!;
        Assert.Equal("specs/a.feature:4: (4:3): expected: #StepLine, got '<not a step> & \"more\"'", (string)first.Attribute("message")!);
        Assert.Equal("specs/a.feature:4: (4:3): expected: #StepLine, got '<not a step> & \"more\"'\nspecs/a.feature:9: (9:3): inconsistent cell count", first.Value.Trim());
        Assert.Equal(["specs/a.feature", "specs/b.feature"], suite.Elements("testcase").Select(testcase => (string)testcase.Attribute("name")!));
        Assert.Empty(SchemaErrors(junit));
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

    /// <summary>What the Jenkins JUnit schema finds wrong with the report; none when it is valid.</summary>
    private static List<string> SchemaErrors(string junit)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "TestData", "junit", "jenkins-junit.xsd"));
        var errors = new List<string>();
        XDocument.Parse(junit).Validate(schemas, (_, error) => errors.Add(error.Message));
        return errors;
    }

    /// <summary>Stack frames name source paths and line numbers of this machine's build; they are not the shape.</summary>
    private static string Normalize(string text) => StackFrames().Replace(text, "");

    [GeneratedRegex(@"(\\n|\n)\s*(at |--- End of stack trace).*?(?=\\n|\n|""|\]\]>)")]
    private static partial Regex StackFrames();
}
