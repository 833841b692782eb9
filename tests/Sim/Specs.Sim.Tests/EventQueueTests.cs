using Specs.Sim.Cluster;

namespace Specs.Sim.Tests;

// The world's queue must hand events out in (due tick, order of scheduling) order whatever the mix of scheduling
// and taking, including many events due at the same tick: a run's determinism rests on that order.
public sealed class EventQueueTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Events_come_out_by_due_tick_then_in_the_order_they_were_scheduled(int seed)
    {
        var random = new Random(seed);
        var queue = new EventQueue();
        var model = new SortedSet<(long Due, long Sequence)>();
        var events = new Dictionary<long, SimulationEvent>();
        long now = 0, sequence = 0;
        for (var step = 0; step < 20_000; step++)
        {
            if (model.Count > 0 && random.Next(3) == 0)
            {
                var expected = model.Min;
                model.Remove(expected);
                Assert.True(queue.TryDequeue(out var happening, out var due));
                Assert.Equal(expected.Due, due);
                Assert.Same(events[expected.Sequence], happening);
                now = due;
                continue;
            }

            // Few distinct ticks, so that ties on the due tick are common and the sequence decides.
            var at = now + random.Next(8);
            var scheduled = new ProcessRestarts(0, ++sequence);
            events[sequence] = scheduled;
            model.Add((at, sequence));
            queue.Enqueue(at, scheduled);
            Assert.Equal(model.Count, queue.Count);
        }

        while (model.Count > 0)
        {
            var expected = model.Min;
            model.Remove(expected);
            Assert.True(queue.TryDequeue(out var happening, out var due));
            Assert.Equal(expected.Due, due);
            Assert.Same(events[expected.Sequence], happening);
        }

        Assert.False(queue.TryDequeue(out _, out _));
        Assert.Equal(0, queue.Count);
    }
}
