using Specs.Inventory.Contracts;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.Contracts;

public sealed class ContractSchemaTests
{
    private const string UpdateVariable = "SPECS_UPDATE_SCHEMA";

    private static string CommittedPath => RepositoryFiles.Path("src", "System", "Specs.Inventory", "Contracts", "contracts.fbs");

    [Fact]
    public void The_generated_schema_only_appends_to_the_committed_one()
    {
        var committed = File.ReadAllText(CommittedPath);

        var breaks = SchemaCompatibility.Breaks(committed, ContractSchema.Text);

        Assert.True(breaks.Count == 0,
            "The contracts changed incompatibly with the committed schema (values already stored would be misread):\n  "
            + string.Join("\n  ", breaks)
            + "\nContracts may only append fields and contracts. Restore the old ids and types, and add new fields with the next index.");
    }

    [Fact]
    public void The_committed_schema_is_the_generated_one()
    {
        var committed = File.ReadAllText(CommittedPath);
        if (committed != ContractSchema.Text && RepositoryFiles.UpdateRequested(UpdateVariable)
            && SchemaCompatibility.Breaks(committed, ContractSchema.Text).Count == 0)
        {
            File.WriteAllText(CommittedPath, ContractSchema.Text);
            committed = ContractSchema.Text;
        }

        Assert.True(committed == ContractSchema.Text,
            $"{CommittedPath} differs from the schema generated from the contracts. If the change is a compatible append, "
            + $"regenerate it with `{UpdateVariable}=1 dotnet test tests/System/Specs.Inventory.Tests` and commit it.");
    }

    [Fact]
    public void The_compatibility_check_reports_retyped_renumbered_and_removed_fields()
    {
        const string committed = """
            namespace N;
            file_identifier "SPEV";
            enum Mode : ubyte {
              None = 0,
              Lot = 1
            }
            table A {
              sku: string (id: 0);
              quantity: long (id: 1);
              expires: long = null (id: 2);
            }
            union Event {
              A = 1
            }
            root_type A;
            """;
        const string changed = """
            namespace N;
            file_identifier "SPEV";
            enum Mode : ubyte {
              None = 0,
              Lot = 2
            }
            table A {
              sku: string (id: 0);
              quantity: int (id: 1);
              expires: long (id: 2);
            }
            union Event {
              A = 3
            }
            root_type A;
            """;
        const string appended = """
            namespace N;
            file_identifier "SPEV";
            enum Mode : ubyte {
              None = 0,
              Lot = 1,
              Serial = 2
            }
            table A {
              sku: string (id: 0);
              renamed_quantity: long (id: 1);
              expires: long = null (id: 2);
              lot: string (id: 3);
            }
            table B {
              x: bool (id: 0);
            }
            union Event {
              A = 1,
              B = 2
            }
            root_type A;
            """;

        var breaks = SchemaCompatibility.Breaks(committed, changed);

        Assert.Equal(
            [
                "enum Mode member Lot changed from 1 to 2",
                "table A field 1 changed from long to int",
                "table A field 2 changed from long = null to long",
                "union Event member A changed from 1 to 3",
            ],
            breaks.Order(StringComparer.Ordinal));
        Assert.Contains("table A field 0 (string) is gone", SchemaCompatibility.Breaks(committed, changed.Replace("sku: string (id: 0);", "", StringComparison.Ordinal)));
        Assert.Empty(SchemaCompatibility.Breaks(committed, appended));
    }

    [Fact]
    public void The_schema_declares_every_contract_the_union_and_the_root()
    {
        var facts = SchemaCompatibility.Parse(ContractSchema.Text);

        Assert.Equal("SPEV", facts["file_identifier"]);
        Assert.Equal("EventRecord", facts["root_type"]);
        Assert.Equal("Specs.Inventory.Contracts", facts["namespace"]);
        Assert.Equal("Event", facts["table EventRecord field 8"]);
        Assert.Equal("Uuid", facts["table EventRecord field 3"]);
        foreach (var contract in ContractCatalog.Contracts.Concat(ContractCatalog.Tables))
        {
            foreach (var field in contract.Fields)
            {
                var declared = facts[$"table {contract.SchemaName} field {field.Index}"];
                Assert.Equal(field.SchemaType, declared.Replace(" = null", "", StringComparison.Ordinal));
            }

            if (contract.Kind == ContractKind.Event)
            {
                Assert.Equal((contract.Id - 999).ToString(System.Globalization.CultureInfo.InvariantCulture), facts[$"union Event member {contract.SchemaName}"]);
            }
        }
    }
}
