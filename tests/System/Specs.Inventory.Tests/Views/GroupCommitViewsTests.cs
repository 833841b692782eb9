using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Channels;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;
using Specs.Sim.Storage;
using Specs.Inventory.Tests.Support;

namespace Specs.Inventory.Tests.Views;

/// <summary>
/// Group commit decides many commands in one write transaction (<see cref="Specs.Inventory.Pipeline.CommandProcessor"/>):
/// the store after batches must hold exactly what the same commands leave one per transaction, log, views
/// and checkpoints alike, so batching is invisible to every reader.
/// </summary>
public sealed class GroupCommitViewsTests
{
    [Fact]
    public void A_seeded_mix_in_batches_leaves_the_same_store_as_one_command_per_transaction_on_the_simulated_store()
    {
        using var batched = new SimulatedStore();
        using var single = new SimulatedStore();

        AssertSameStore(batched, single);
    }

    [Fact]
    public void A_seeded_mix_in_batches_leaves_the_same_store_as_one_command_per_transaction_on_lmdb()
    {
        var batchedFolder = Directory.CreateTempSubdirectory("specs-group-commit-");
        var singleFolder = Directory.CreateTempSubdirectory("specs-group-commit-");
        try
        {
            using var batched = new LmdbStore(new LmdbStoreOptions { Path = batchedFolder.FullName, Durability = LmdbDurability.NoSync });
            using var single = new LmdbStore(new LmdbStoreOptions { Path = singleFolder.FullName, Durability = LmdbDurability.NoSync });

            AssertSameStore(batched, single);
        }
        finally
        {
            batchedFolder.Delete(recursive: true);
            singleFolder.Delete(recursive: true);
        }
    }

    private static void AssertSameStore(IKeyValueStore batched, IKeyValueStore single)
    {
        var commands = Mix(seed: 20261127, count: 1_200);
        var batchedProcessor = Open(batched);
        foreach (var chunk in commands.Chunk(40))
        {
            batchedProcessor.Process([.. chunk.Select(command => (PipelineRequest)new SubmitCommand(command))]);
        }

        var singleProcessor = Open(single);
        foreach (var command in commands)
        {
            singleProcessor.Process([new SubmitCommand(command)]);
        }

        var expected = Snapshot(single);
        // The mix must exercise the views: stock rows written, and rows deleted again (quantities set to zero).
        Assert.True(expected.Count > 200, $"only {expected.Count} keys");
        Assert.Equal(singleProcessor.Head, batchedProcessor.Head);
        Assert.Equal(expected, Snapshot(batched));
    }

    private static CommandProcessor Open(IKeyValueStore store)
    {
        var processor = CommandProcessor.Open(store, new ManualClock(StockHistory.StartUnixMs), new DeterministicIds(11));
        foreach (var batch in StockHistory.Batches)
        {
            processor.Process(batch);
        }

        processor.Process([new SubmitCommand(new CreateChannel { Name = "Web" })]);
        processor.Process([new SubmitCommand(new ConnectChannel { Channel = "Web" })]);
        return processor;
    }

    /// <summary>Stock moves, removals, zeroing counts, sellability flips and kits over a few SKUs and locations, so that rows repeat within a batch.</summary>
    private static List<ICommandContract> Mix(int seed, int count)
    {
        var random = new Random(seed);
        string[] skus = ["MUG", "LID", "GIFT", "BOX", "MILK"];
        string[] locations = ["A-01", "A-02", "B-01", "RCV"];
        string Pick(string[] from) => from[random.Next(from.Length)];
        var commands = new List<ICommandContract>(count);
        for (var i = 0; i < count; i++)
        {
            var sku = Pick(skus);
            var lot = sku == "MILK" ? (random.Next(2) == 0 ? "L1" : "L2") : null;
            var quantity = random.Next(1, 6);
            commands.Add(random.Next(9) switch
            {
                0 or 1 => new AddItem { Sku = sku, Warehouse = "MAIN", Location = Pick(locations), Quantity = quantity, Reason = "Received", Lot = lot },
                2 => new RemoveItem { Sku = sku, Warehouse = "MAIN", Location = Pick(locations), Quantity = quantity, Reason = "Damaged", Lot = lot },
                3 => new MoveItem { Sku = sku, Warehouse = "MAIN", FromLocation = Pick(locations), ToLocation = Pick(locations), Quantity = quantity, Lot = lot },
                4 => new SetItemQuantity { Sku = sku, Warehouse = "MAIN", Location = Pick(locations), Quantity = random.Next(0, 8), Reason = "Cycle count", Lot = lot },
                5 => new SetSellable { Warehouse = "MAIN", Location = Pick(locations), Sellable = random.Next(2) == 0 },
                6 => new AssembleKit { Sku = "GIFT", Warehouse = "MAIN", Location = Pick(locations), Quantity = random.Next(1, 3) },
                7 => new DisassembleKit { Sku = "GIFT", Warehouse = "MAIN", Location = Pick(locations), Quantity = 1 },
                _ => new PushQuantities { Channel = "Web" },
            });
        }

        return commands;
    }

    private static List<(string Key, string Value)> Snapshot(IKeyValueStore store)
    {
        return StoreDump.Pairs(store);
    }
}
