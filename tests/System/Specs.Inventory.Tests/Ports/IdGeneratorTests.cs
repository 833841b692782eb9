using Specs.Inventory.Ports;

namespace Specs.Inventory.Tests.Ports;

public sealed class IdGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_ids()
    {
        var first = new DeterministicIds(seed: 7);
        var second = new DeterministicIds(seed: 7);

        Assert.Equal(Enumerable.Range(0, 5).Select(_ => first.NextId()), Enumerable.Range(0, 5).Select(_ => second.NextId()));
        Assert.NotEqual(new DeterministicIds(seed: 8).NextId(), new DeterministicIds(seed: 7).NextId());
    }

    [Fact]
    public void Random_ids_are_version_4_uuids()
    {
        var id = new DeterministicIds(seed: 1).NextId();

        Assert.Equal(4, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
    }

    [Fact]
    public void Time_ordered_ids_sort_in_issue_order_by_their_bytes_even_within_one_millisecond()
    {
        var clock = new ManualClock(1_772_355_600_000);
        var ids = new TimeOrderedIds(clock, new SplitMix64(3));
        var issued = new List<Guid>();
        for (var i = 0; i < 10_000; i++)
        {
            if (i % 1000 == 0)
            {
                clock.AdvanceTo(clock.NowUnixMs + 1);
            }

            issued.Add(ids.NextId());
        }

        var bytes = issued.Select(id => id.ToByteArray(bigEndian: true)).ToList();
        Assert.Equal(bytes, bytes.Order(Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b))));
        Assert.All(issued, id => Assert.Equal(7, id.Version));
        Assert.Equal(issued.Count, issued.Distinct().Count());
    }

    [Fact]
    public void Time_ordered_ids_carry_the_clock_reading()
    {
        var clock = new ManualClock(0x0123_4567_89AB);
        var id = new TimeOrderedIds(clock, new SplitMix64(1)).NextId().ToByteArray(bigEndian: true);

        Assert.Equal(new byte[] { 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB }, id[..6]);
    }

    [Fact]
    public void A_seeded_stream_draws_within_bounds_without_bias_and_repeats_per_seed()
    {
        var random = new SplitMix64(11);
        var counts = new int[3];
        for (var i = 0; i < 30_000; i++)
        {
            counts[random.NextInt64(3)]++;
        }

        Assert.All(counts, count => Assert.InRange(count, 9_500, 10_500));
        Assert.Equal(new SplitMix64(11).NextUInt64(), new SplitMix64(11).NextUInt64());
    }
}
