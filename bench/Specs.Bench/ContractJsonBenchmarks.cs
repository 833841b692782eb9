using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Purchasing;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Scenarios;

namespace Specs.Bench;

/// <summary>
/// <see cref="ContractJson.Fields"/>, which the runner calls for every given event, command and recorded
/// event of every scenario: the generated <c>ToJsonFields</c> against the reflection serializer it replaced
/// (kept here as the baseline, with the options it used). One operation is one contract of a small mix:
/// a flat event with an enum and a Guid, and an event with two nested lines. Steady state only: the
/// reflection path's first call per type (building and JIT-compiling its accessors) is not measured here.
/// </summary>
[MemoryDiagnoser]
public class ContractJsonBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly IContract[] _contracts =
    [
        new ProductCreated { ProductId = Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"), Sku = "TSHIRT-RED-M", Name = "T-shirt, red, M", Tracking = TrackingMode.Lot, Description = null },
        new ItemsReceived
        {
            PurchaseOrder = "PO-1001",
            ReceiptId = "GRN-7",
            Warehouse = "MAIN",
            Location = "RECEIVING",
            ReceivedAtUnixMs = 1_767_225_600_000,
            Lines =
            [
                new ReceivedLine { Sku = "TSHIRT-RED-M", Quantity = 40, Lot = "LOT-1", UnitCostMinor = 450, AverageCostMinor = 431 },
                new ReceivedLine { Sku = "PHONE-X", Quantity = 2, Serials = ["SN-0003", "SN-0004"], UnitCostMinor = 39_900, AverageCostMinor = 39_900 },
            ],
        },
    ];

    [Benchmark(Baseline = true, OperationsPerInvoke = 2)]
    public int ReflectionSerializer()
    {
        var count = 0;
        foreach (var contract in _contracts)
        {
            count += ((JsonObject)JsonSerializer.SerializeToNode(contract, contract.GetType(), Reflection)!).Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = 2)]
    public int Generated()
    {
        var count = 0;
        foreach (var contract in _contracts)
        {
            count += ContractJson.Fields(contract).Count;
        }

        return count;
    }
}
