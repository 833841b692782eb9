using System.Text.Json.Nodes;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>
/// The hunt's histories reach the refusals of the domain's limits and of the states those rules need: a note, receipt
/// id, kit line, sale line, unit cost or push one past its limit, a slot filled one past its capacity, a serial named
/// twice, a transfer shipped past its plan or received again once closed, an expired lot picked. Before, each was drawn
/// only as the wild field of one command in fifteen, or needed a state no random history lined up, and none was returned
/// in a minute of hunting. (A later-expiring lot picked, an order line lowered below what it received and a serial a
/// transfer did not send are reached too, but a few times a minute: a batch that pinned them would take a minute.)
/// </summary>
[Collection(HuntCollection.Name)]
public sealed class LimitRefusalReachTests
{
    /// <summary>The refusals reached once the generators drew one past the limits and steered to the states behind them.</summary>
    public static TheoryData<string> Refusals { get; } =
    [
        "CheckNoteTooLong", "HoldNoteTooLong", "InvalidReceiptId", "InvalidComponentQuantity", "InvalidSaleQuantity",
        "InvalidUnitCost", "TooManySkusToPush", "LocationCapacityExceeded", "DuplicateSerial", "TransferExceedsPlan",
        "TransferAlreadyClosed", "ExpiredLotNotPickable",
    ];

    private static readonly Lazy<JsonObject> Reached = new(HuntOnce);

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_fixed_batch_of_histories_returns_the_refusal(string refusal) =>
        Assert.True(Reached.Value.ContainsKey(refusal), $"{refusal} was not returned; reached: {string.Join(", ", Reached.Value.Select(pair => pair.Key))}");

    /// <summary>One hunt of a fixed seed and number of histories (never a time budget, so every run draws the same histories).</summary>
    private static JsonObject HuntOnce()
    {
        var outDirectory = HuntFixture.TemporaryFolder();
        var exitCode = HuntRun.Run(new HuntOptions(Histories: Histories, TimeBudget: null, Seed: Seed, "lmdb", outDirectory, []), new StringWriter(), CancellationToken.None);
        Assert.Equal(0, exitCode);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(outDirectory, "hunt.json")))!["errorsReached"]!.AsObject();
    }

    private const ulong Seed = 777;

    /// <summary>About twenty seconds; the rarest refusal above is returned a couple of times in it.</summary>
    private const int Histories = 2000;
}
