using Specs.Inventory.Contracts;
using Specs.Inventory.Tests.Tooling;
using Specs.Inventory.Tests.Contracts.Samples;
using V1 = Specs.Inventory.Tests.Contracts.Evolution.V1;
using V2 = Specs.Inventory.Tests.Contracts.Evolution.V2;

namespace Specs.Inventory.Tests.Contracts;

public sealed class SchemaEvolutionTests
{
    private const string GoldenVariable = "SPECS_UPDATE_GOLDEN";

    [Fact]
    public void Values_written_by_an_older_contract_decode_with_the_current_one_and_new_fields_read_as_defaults()
    {
        var old = new V1.StockCount { Sku = "TSHIRT-RED-M", Quantity = 17 };

        var view = new V2.StockCount.View(old.ToBytes());
        var decoded = V2.StockCount.FromBytes(old.ToBytes());

        Assert.Equal("TSHIRT-RED-M", view.Sku);
        Assert.Equal(17, view.Quantity);
        Assert.False(view.HasLot);
        Assert.Null(view.CountedAtUnixMs);
        Assert.Equal(Guid.Empty, view.CounterId);
        Assert.Equal(0, view.Serials.Length);
        Assert.Equal(Grade.Ungraded, view.Grade);
        Assert.False(view.HasDetail);
        Assert.False(view.Detail.IsPresent);
        Assert.Equal(0, view.Detail.Count);
        Assert.False(view.Verified);
        Assert.Equal("", view.Counter);
        Assert.Equivalent(new V2.StockCount { Sku = "TSHIRT-RED-M", Quantity = 17 }, decoded, strict: true);
    }

    [Fact]
    public void Values_written_by_a_newer_contract_still_decode_with_an_older_one()
    {
        var current = new V2.StockCount
        {
            Sku = "S",
            Quantity = 3,
            Lot = "L",
            CountedAtUnixMs = 5,
            CounterId = ContractSamples.ProductId,
            Serials = ["a"],
            Grade = Grade.B,
            Detail = new SampleDetail { Label = "d", Count = 2 },
            Recounts = 1,
            Verified = true,
            Counter = "Ana",
        };

        var old = V1.StockCount.FromBytes(current.ToBytes());

        Assert.Equivalent(new V1.StockCount { Sku = "S", Quantity = 3 }, old, strict: true);
    }

    /// <summary>
    /// Real old bytes: records written once from <see cref="ContractSamples"/> and checked in. They must
    /// keep decoding to the same values after any contract change (appends only). Set
    /// SPECS_UPDATE_GOLDEN=1 only to add a golden file for a new event, never to rewrite an existing one.
    /// </summary>
    [Fact]
    public void Checked_in_golden_records_still_decode_to_their_known_values()
    {
        for (var i = 0; i < ContractSamples.Events.Count; i++)
        {
            var payload = ContractSamples.Events[i];
            var envelope = ContractSamples.Envelope(i);
            var path = RepositoryFiles.Path("tests", "System", "Specs.Inventory.Tests", "Contracts", "golden", $"{ContractCatalog.Get(payload.ContractId).SchemaName}.bin");
            if (!File.Exists(path) && RepositoryFiles.UpdateRequested(GoldenVariable))
            {
                File.WriteAllBytes(path, EventRecordWriter.Encode(in envelope, payload));
            }

            Assert.True(File.Exists(path), $"Golden record {path} is missing. Write it once with {GoldenVariable}=1 dotnet test tests/System/Specs.Inventory.Tests and commit it.");
            var decoded = EventRecord.FromBytes(File.ReadAllBytes(path));

            Assert.Equal(envelope, decoded.Envelope);
            Assert.Equivalent(payload, decoded.Payload, strict: true);
        }
    }
}
