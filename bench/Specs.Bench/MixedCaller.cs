using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Counts;
using Specs.Inventory.Contracts.Commands.Holds;
using Specs.Inventory.Contracts.Commands.Ledger;
using Specs.Inventory.Contracts.Commands.Picking;
using Specs.Inventory.Contracts.Commands.Sales;
using Specs.Inventory.Contracts.Commands.Shipping;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;

namespace Specs.Bench;

/// <summary>
/// One clerk's endless script of the day's work (see <see cref="MixedWorkload"/>), one command at a time:
/// <see cref="Next"/> gives the command to send, <see cref="Observe"/> takes its answer. Work that cites a
/// server-made id (a picklist, a count) takes it from the answer's stream. Each episode is valid against
/// what this clerk and the set-up did, whatever the other clerks do at the same time: stock comes and goes
/// only in quantities far below the opening stock, and the count location is the clerk's own.
/// A refused command (never expected) abandons the rest of its episode and is counted.
/// </summary>
/// <remarks>The mix per episode, by weight: receipt put away 30, sale fulfilled 30, hold 15, damage 10, count 10, move to bulk 5.</remarks>
public sealed class MixedCaller
{
    private readonly int _caller;
    private readonly SplitMix64 _random;
    private readonly Queue<Func<ICommandContract>> _steps = new();
    private long _episode;
    private long _sent;
    private long _counted;
    private Guid _captured;
    private bool _capturesNext;

    public MixedCaller(int caller)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(caller, MixedWorkload.MaxCallers);
        _caller = caller;
        _random = new SplitMix64(0x5EED_0000UL + (ulong)caller);
        _counted = MixedWorkload.CountLocationStock;
    }

    /// <summary>Commands of this clerk refused so far.</summary>
    public long Refusals { get; private set; }

    /// <summary>The last refusal, for the message when refusals are out of line.</summary>
    public string? LastRefusal { get; private set; }

    /// <summary>The next command and its idempotency key (unique per clerk and command).</summary>
    public (ICommandContract Command, string IdempotencyKey) Next()
    {
        if (_steps.Count == 0)
        {
            Plan();
        }

        var command = _steps.Dequeue()();
        _capturesNext = command is CreatePicklist or StartCount;
        return (command, $"c{_caller}-{_sent++}");
    }

    /// <summary>Takes the answer to the command <see cref="Next"/> gave last.</summary>
    public void Observe(CommandResponse response)
    {
        if (response.Status != CommandStatus.Accepted)
        {
            Refusals++;
            LastRefusal = $"{response.Status} {response.Refusal}";
            _steps.Clear();
            return;
        }

        // Only the commands that make an id answer with it: picklist/<id>, count/<id>.
        var slash = response.Stream.IndexOf('/', StringComparison.Ordinal);
        if (_capturesNext && slash > 0 && Guid.TryParse(response.Stream.AsSpan(slash + 1), out var id))
        {
            _captured = id;
        }
    }

    private void Plan()
    {
        var episode = _episode++;
        var roll = _random.NextInt64(100);
        var sku = (int)_random.NextInt64(MixedWorkload.SkuCount);
        if (roll < 30)
        {
            Receipt(sku);
        }
        else if (roll < 60)
        {
            Sale(episode);
        }
        else if (roll < 75)
        {
            Hold(sku, episode);
        }
        else if (roll < 85)
        {
            _steps.Enqueue(() => new RemoveItem
            {
                Sku = MixedWorkload.Sku(sku),
                Warehouse = MixedWorkload.Warehouse,
                Location = MixedWorkload.PickLocation(sku),
                Quantity = 1,
                Reason = MixedWorkload.Damaged,
            });
        }
        else if (roll < 95)
        {
            Count();
        }
        else
        {
            _steps.Enqueue(() => new MoveItem
            {
                Sku = MixedWorkload.Sku(sku),
                Warehouse = MixedWorkload.Warehouse,
                FromLocation = MixedWorkload.PickLocation(sku),
                ToLocation = MixedWorkload.BulkLocation(sku),
                Quantity = 5,
            });
        }
    }

    private void Receipt(int sku)
    {
        var quantity = 10 + _random.NextInt64(40);
        _steps.Enqueue(() => new AddItem
        {
            Sku = MixedWorkload.Sku(sku),
            Warehouse = MixedWorkload.Warehouse,
            Location = MixedWorkload.Receiving,
            Quantity = quantity,
            Reason = MixedWorkload.Received,
        });
        _steps.Enqueue(() => new MoveItem
        {
            Sku = MixedWorkload.Sku(sku),
            Warehouse = MixedWorkload.Warehouse,
            FromLocation = MixedWorkload.Receiving,
            ToLocation = MixedWorkload.PickLocation(sku),
            Quantity = quantity,
        });
    }

    private void Sale(long episode)
    {
        var externalId = $"C{_caller}-{episode}";
        var saleId = SaleIds.Of(MixedWorkload.Channel, externalId);
        var lineCount = 1 + (int)_random.NextInt64(3);
        var first = (int)_random.NextInt64(MixedWorkload.SkuCount);
        var lines = Enumerable.Range(0, lineCount)
            .Select(line => (Sku: (first + (line * 997)) % MixedWorkload.SkuCount, Quantity: 1 + _random.NextInt64(3)))
            .ToArray();

        _steps.Enqueue(() => new SyncSale { Channel = MixedWorkload.Channel, ExternalId = externalId, Lines = lines.Select(line => MixedWorkload.Line(line.Sku, line.Quantity)).ToArray() });
        _steps.Enqueue(() => new AllocateSale { Channel = MixedWorkload.Channel, ExternalId = externalId });
        _steps.Enqueue(() => new CreatePicklist
        {
            Warehouse = MixedWorkload.Warehouse,
            Lines = lines.Select(line => new PicklistLine { Sku = MixedWorkload.Sku(line.Sku), Quantity = line.Quantity, SaleId = saleId }).ToArray(),
        });
        foreach (var (sku, quantity) in lines)
        {
            _steps.Enqueue(() => new PickItem { PicklistId = _captured, Sku = MixedWorkload.Sku(sku), Location = MixedWorkload.PickLocation(sku), Quantity = quantity, SaleId = saleId });
        }

        _steps.Enqueue(() => new CompletePicklist { PicklistId = _captured });
        foreach (var (sku, quantity) in lines)
        {
            _steps.Enqueue(() => new ScanItem { PicklistId = _captured, Sku = MixedWorkload.Sku(sku), Quantity = quantity, Passed = true, SaleId = saleId });
        }

        _steps.Enqueue(() => new ShipSale { SaleId = saleId, TrackingNumber = $"1Z{_caller:D4}{episode:D10}", Carrier = "UPS" });
    }

    private void Hold(int sku, long episode)
    {
        var holdId = $"H{_caller}-{episode}";
        _steps.Enqueue(() => new CreateHold { HoldId = holdId, Sku = MixedWorkload.Sku(sku), Quantity = 2, Note = "phone order" });
        _steps.Enqueue(() => new ReleaseHold { HoldId = holdId });
    }

    private void Count()
    {
        var location = MixedWorkload.CountLocation(_caller);
        var sku = MixedWorkload.Sku(MixedWorkload.CountedSku(_caller));

        // One unit short each time: a variance far under the recount threshold, adjusted on approval.
        _steps.Enqueue(() => new StartCount { Warehouse = MixedWorkload.Warehouse, Locations = [location], Reason = MixedWorkload.CountCorrection });
        _steps.Enqueue(() => new RecordCount { CountId = _captured, Sku = sku, Location = location, Quantity = --_counted });
        _steps.Enqueue(() => new ApproveCount { CountId = _captured });
    }
}
