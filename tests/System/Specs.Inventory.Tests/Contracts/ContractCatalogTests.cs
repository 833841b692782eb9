using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Tables;

namespace Specs.Inventory.Tests.Contracts;

public sealed class ContractCatalogTests
{
    [Fact]
    public void The_catalog_lists_every_contract_by_id_with_its_kind_type_and_fields()
    {
        var ids = ContractCatalog.Contracts.Select(c => c.Id).ToList();
        Assert.Equal(ids.Order().Distinct(), ids);
        Assert.Superset(new HashSet<int>([1000, 1048, 1049, 1050, 1064, 2000, 2048, 2064]), ids.ToHashSet());
        Assert.All(ContractSamples.All, sample => Assert.Equal(sample.GetType(), ContractCatalog.Get(sample.ContractId).ClrType));

        var received = ContractCatalog.Get(ItemsReceived.ContractId);
        Assert.Equal(ContractKind.Event, received.Kind);
        Assert.Equal("ItemsReceived", received.SchemaName);
        Assert.Contains("purchase order", received.Description, StringComparison.Ordinal);
        Assert.Equal(
            [(0, "PurchaseOrder", "purchase_order", "string"), (1, "ReceiptId", "receipt_id", "string"), (2, "Warehouse", "warehouse", "string"), (3, "Location", "location", "string"), (4, "Lines", "lines", "[ReceivedLine]"), (5, "ReceivedAtUnixMs", "received_at_unix_ms", "long")],
            received.Fields.Select(f => (f.Index, f.Name, f.SchemaName, f.SchemaType)));
        Assert.All(ContractCatalog.Contracts.SelectMany(c => c.Fields), field => Assert.False(string.IsNullOrWhiteSpace(field.Description)));
    }

    [Fact]
    public void Nested_tables_are_listed_apart_with_optional_fields_marked()
    {
        var line = Assert.Single(ContractCatalog.Tables, table => table.ClrType == typeof(ReceiptLine));

        Assert.Equal(typeof(ReceiptLine), line.ClrType);
        Assert.Equal(ContractKind.Table, line.Kind);
        Assert.Equal(["Lot", "ExpiresAtUnixMs"], line.Fields.Where(f => f.IsOptional).Select(f => f.Name));
    }

    [Fact]
    public void An_unknown_contract_id_is_a_typed_error_naming_the_id()
    {
        var error = Assert.Throws<UnknownContractException>(() => ContractCatalog.Get(1999));

        Assert.Equal(1999, error.Value);
        Assert.Contains("contract id 1999", error.Message, StringComparison.Ordinal);
        Assert.False(ContractCatalog.TryGet(1015, out _));
    }
}
