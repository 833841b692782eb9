using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.EventStore;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Views;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Views;

/// <summary>
/// A view that start-up reads as current (<see cref="ViewMaintenance.Outdated"/>) has applied every event, whatever
/// mix of writers wrote the store: writers maintaining every view or any subset (moving the views' shared checkpoint,
/// <see cref="ViewSetCheckpoint"/>), and older builds that wrote one checkpoint per view and left the shared record as
/// it was. Random sequences of such writers, fixed seeds.
/// </summary>
public sealed class ViewCheckpointWritersTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_view_read_as_current_always_equals_its_replay(int seed)
    {
        var random = new Random(seed);
        using var store = new SimulatedStore();
        var all = InventoryViews.All;
        var clock = new ManualClock(1_772_355_600_000);
        var names = 0;
        for (var step = 0; step < 25; step++)
        {
            IReadOnlyList<IView> views = random.Next(3) == 0 ? all : [.. all.Where(_ => random.Next(2) == 0)];
            var olderBuild = random.Next(3) == 0;
            var shared = olderBuild ? OlderBuildStarts(store, views) : null;

            var processor = CommandProcessor.Open(store, clock, new DeterministicIds((ulong)step + 100), views);
            processor.Process([new SubmitCommand(new CreateChannel { Name = $"c{names++}" }), new SubmitCommand(new CreateReason { Name = $"r{names++}" })]);
            if (olderBuild)
            {
                OlderBuildCommits(store, views, processor.Head, shared);
            }

            IReadOnlyList<IView> current;
            using (var read = store.BeginRead())
            {
                current = [.. all.Except(ViewMaintenance.Outdated(read, all))];
            }

            var report = ReplayCheck.Run(store, current);
            Assert.True(report.Matches, $"seed {seed}, step {step}: {report.FirstDifference}");
        }
    }

    // An older build's start-up: a view is current only when its own checkpoint is (version, head). Returns the shared
    // record as it found it, which that build neither reads nor writes.
    private static byte[]? OlderBuildStarts(SimulatedStore store, IReadOnlyList<IView> views)
    {
        List<IView> stale;
        byte[]? shared;
        using (var read = store.BeginRead())
        {
            var head = EventLog.Head(read);
            stale = [.. views.Where(view => !read.TryGet(ViewCheckpoint.KeyOf(view.Name), out var own) || !own.SequenceEqual(new ViewCheckpoint(view.Version, head).Encode()))];
            shared = read.TryGet(ViewSetCheckpoint.Key, out var value) ? value.ToArray() : null;
        }

        if (stale.Count > 0)
        {
            ViewMaintenance.Rebuild(store, stale);
        }

        return shared;
    }

    // An older build's batch: every view's own checkpoint at the head, and the shared record untouched.
    private static void OlderBuildCommits(SimulatedStore store, IReadOnlyList<IView> views, ulong head, byte[]? shared) =>
        store.Write(transaction =>
        {
            if (shared is null)
            {
                transaction.Delete(ViewSetCheckpoint.Key);
            }
            else
            {
                transaction.Put(ViewSetCheckpoint.Key, shared);
            }

            foreach (var view in views)
            {
                ViewCheckpoint.Write(transaction, view.Name, new ViewCheckpoint(view.Version, head));
            }

            return 0;
        });
}
