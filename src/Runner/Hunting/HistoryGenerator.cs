using CsCheck;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Locations;
using Specs.Inventory.Contracts.Commands.Lots;
using Specs.Inventory.Contracts.Commands.ReferenceData;

namespace Specs.Runner.Hunting;

/// <summary>
/// Random histories as a CsCheck generator: a setup from the small pools first (reference data, warehouses and
/// locations, products, lots, kits, some stock; each entry usually there, so histories collide but differ), then
/// 5-40 steps drawn from the whole command vocabulary, weighted towards the commands that move stock, with
/// retries of the previous command (same idempotency key), steps of time and steps that take a sale to its next stage
/// of fulfilment (<see cref="FulfilmentDriver"/>) or a transfer to its next stage (<see cref="TransferDriver"/>) mixed in.
/// </summary>
internal static class HistoryGenerator
{
    /// <summary>Weights above the default of 2: the commands that drive stock, holds, counts and kits to their edges.</summary>
    private static readonly Dictionary<string, int> Weights = new(StringComparer.Ordinal)
    {
        ["AddItem"] = 6,
        ["RemoveItem"] = 5,
        ["MoveItem"] = 4,
        ["SetItemQuantity"] = 3,
        ["CreatePicklist"] = 5,
        ["PickItem"] = 9,
        ["ShortPick"] = 2,
        ["ScanItem"] = 3,
        ["UnpickItem"] = 3,
        ["ShipSale"] = 2,
        ["CreateHold"] = 5,
        ["ReleaseHold"] = 2,
        ["SyncSale"] = 4,
        ["AllocateSale"] = 2,
        ["AssembleKit"] = 4,
        ["DisassembleKit"] = 2,
        ["StartCount"] = 3,
        ["RecordCount"] = 4,
        ["ApproveCount"] = 3,
        ["CreateTransfer"] = 3,
        ["ShipTransfer"] = 3,
        ["ReceiveTransfer"] = 3,
        ["CreatePurchaseOrder"] = 3,
        ["ReceiveItems"] = 3,
        ["RegisterLot"] = 2,
        ["ExpireLot"] = 2,
        ["PushQuantities"] = 2,
        ["CreateProduct"] = 1,
        ["CreateWarehouse"] = 1,
        ["CreateLocation"] = 1,
        ["CreateReason"] = 1,
        ["CreateSupplier"] = 1,
        ["CreateChannel"] = 1,
    };

    /// <summary>The setup, in order: each command with how many pool entries it may create.</summary>
    private static readonly (string Command, int Entries)[] SetupPlan =
    [
        (nameof(CreateReason), HuntVocabulary.Reasons.Count), (nameof(CreateSupplier), HuntVocabulary.Suppliers.Count),
        (nameof(CreateChannel), HuntVocabulary.Channels.Count), ("ConnectChannel", HuntVocabulary.Channels.Count), (nameof(CreateWarehouse), HuntVocabulary.Warehouses.Count),
        (nameof(CreateLocation), HuntVocabulary.Locations.Count), (nameof(CreateProduct), HuntVocabulary.Products.Count),
        (nameof(RegisterLot), HuntVocabulary.Lots.Count), (nameof(CreateKit), HuntVocabulary.Kits.Count),
    ];

    /// <summary>
    /// The weight of a step that takes some sale to its next stage of fulfilment (<see cref="FulfilmentDriver"/>). A sale
    /// needs five or more such steps to ship (import, picklist, a pick and a check per line, shipment), so they are about
    /// one step in five.
    /// </summary>
    private const int FulfilmentWeight = 40;

    /// <summary>
    /// The weight of a step that takes some transfer to its next stage (<see cref="TransferDriver"/>): three such steps
    /// (plan, ship, receive) close a transfer, so about one step in twenty lets a few histories in ten see one closed.
    /// </summary>
    private const int TransferWeight = 10;

    private static readonly Gen<string> AnyCommand = Gen.Frequency(
        [
            .. CommandMaker.CommandNames.Select(name => (Weights.GetValueOrDefault(name, 2), Gen.Const(name))),
            (FulfilmentWeight, Gen.Const(FulfilmentDriver.StepName)), (TransferWeight, Gen.Const(TransferDriver.StepName)),
        ]);

    private static readonly Gen<HistoryStep> MainStep = Gen.Frequency(
        (84, Gen.Select(AnyCommand, Gen.ULong, (command, seed) => new HistoryStep(StepKind.Command, command, -1, seed))),
        (8, Gen.ULong.Select(seed => new HistoryStep(StepKind.Retry, "", -1, seed))),
        (8, Gen.ULong.Select(seed => new HistoryStep(StepKind.AdvanceClock, "", -1, seed))));

    private static readonly Gen<List<HistoryStep>> Setup = Gen.Select(
        Gen.Bool.Array[SetupPlan.Sum(plan => plan.Entries)],
        Gen.Int[0, 100].Array[SetupPlan.Sum(plan => plan.Entries)],
        Gen.ULong.Array[16],
        Gen.Int[2, 6],
        (coins, dice, seeds, stocked) =>
        {
            var steps = new List<HistoryStep>();
            var i = 0;
            foreach (var (command, entries) in SetupPlan)
            {
                for (var slot = 0; slot < entries; slot++, i++)
                {
                    // About 9 in 10 entries are created; a missing one sends later commands to its refusals.
                    if (coins[i] || dice[i] < 80)
                    {
                        steps.Add(new HistoryStep(StepKind.Command, command, slot, seeds[i % seeds.Length]));
                    }
                }
            }

            for (var n = 0; n < stocked; n++)
            {
                steps.Add(new HistoryStep(StepKind.Command, nameof(AddItem), n, seeds[n]));
            }

            return steps;
        });

    /// <summary>A whole history: the setup, then the random steps.</summary>
    public static Gen<IReadOnlyList<HistoryStep>> History { get; } = Gen.Select(
        Setup, MainStep.List[5, 40], (setup, main) => (IReadOnlyList<HistoryStep>)[.. setup, .. main]);

    /// <summary>The history of one seed: the same seed always gives the same history.</summary>
    public static IReadOnlyList<HistoryStep> For(ulong seed) => History.Generate(new PCG(11, seed), null, out _);
}
