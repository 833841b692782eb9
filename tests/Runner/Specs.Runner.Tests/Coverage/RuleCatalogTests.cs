using Specs.Runner.Cli;
using Specs.Runner.Reporting.Coverage;

namespace Specs.Runner.Tests.Coverage;

/// <summary>Reading the rule ids from the Markdown rule tables: robust to prose and other tables, loud on a malformed row.</summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public void Rows_of_tables_headed_rule_are_rules_with_the_area_of_the_heading_above_and_retired_rules_are_left_out()
    {
        var rules = RuleCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures/coverage/rules.md"), "rules.md");

        Assert.Equal(["R-14.1", "R-14.2"], rules.Select(rule => rule.Id));
        Assert.Equal("Area 14 — Reference data", rules[0].Area);
        Assert.Equal("Names are unique without regard to case. Another sentence.", rules[0].Statement);
        Assert.Equal([new RuleLink("refusal", "`NameAlreadyUsed`")], rules[0].Links);
    }

    [Fact]
    public void The_cells_after_the_statement_are_links_under_their_column_s_heading_and_empty_ones_are_left_out()
    {
        string[] lines = ["| rule | statement | command → events | pinned by |", "|---|---|---|---|", "| R-1.1 | A rule. | `CreateProduct` → `ProductCreated` | |", "| R-1.2 | Another. | | `R_1_2_*` | extra |"];

        var rules = RuleCatalog.Parse(lines, "rules.md");

        Assert.Equal([new RuleLink("command → events", "`CreateProduct` → `ProductCreated`")], rules[0].Links);
        Assert.Equal([new RuleLink("pinned by", "`R_1_2_*`"), new RuleLink("", "extra")], rules[1].Links);
    }

    [Fact]
    public void Every_rule_row_of_the_repository_s_domain_rules_is_read()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "domain-rules.md");
        var rows = File.ReadAllLines(path).Count(line => line.StartsWith("| R-", StringComparison.Ordinal));

        var rules = RuleCatalog.Load(path, "docs/domain-rules.md");

        Assert.Equal(rows, rules.Count);
        Assert.Contains(rules, rule => rule.Id == "R-1.1" && rule.Area == "Area 1 — Catalog");
        Assert.Contains(rules, rule => rule.Id == "R-14.1");
    }

    [Fact]
    public void A_row_of_a_rule_table_without_a_rule_id_is_an_error_naming_its_line()
    {
        string[] lines = ["## Area 1", "", "| rule | statement |", "|---|---|", "| R-1.1 | fine |", "| R1.2 | no dash |"];

        var error = Assert.Throws<UsageException>(() => RuleCatalog.Parse(lines, "rules.md"));

        Assert.StartsWith("rules.md:6: a row of a rule table must start with a rule id such as R-4.3", error.Message);
    }

    [Fact]
    public void A_rule_id_listed_twice_is_an_error_naming_both_lines()
    {
        string[] lines = ["| rule | statement |", "|---|---|", "| R-1.1 | one |", "", "| rule | statement |", "|---|---|", "| R-1.1 | again |"];

        var error = Assert.Throws<UsageException>(() => RuleCatalog.Parse(lines, "rules.md"));

        Assert.Equal("rules.md:7: rule R-1.1 is listed twice (first at line 3); every rule has one id", error.Message);
    }

    [Fact]
    public void The_specs_json_keys_set_the_rules_file_relative_to_it_and_require_coverage()
    {
        var folder = Directory.CreateTempSubdirectory("specs-config-").FullName;
        File.WriteAllText(Path.Combine(folder, "specs.json"), """{ "rules": "docs/rules.md", "requireCoverage": true }""");
        var command = new VerifyCommand();
        var parsed = command.Build((_, _) => Task.FromResult(0)).Parse([]);

        var options = command.ToOptions(parsed, folder);

        Assert.Equal(Path.Combine("docs", "rules.md"), options.RulesFile);
        Assert.True(options.RequireCoverage);
        Directory.Delete(folder, recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Specs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside the repository; Specs.sln was not found above " + AppContext.BaseDirectory);
    }
}
