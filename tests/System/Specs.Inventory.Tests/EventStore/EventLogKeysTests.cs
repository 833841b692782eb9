using CsCheck;
using Specs.Inventory.EventStore;
using Specs.Inventory.Tests.Tooling;

namespace Specs.Inventory.Tests.EventStore;

public sealed class EventLogKeysTests
{
    private static readonly Gen<ulong> Positions = Gen.OneOf(
        Gen.ULong,
        Gen.ULong[0, 300],
        Gen.Int[0, 63].Select(shift => 1ul << shift),
        Gen.Int[0, 63].Select(shift => (1ul << shift) - 1),
        Gen.Const(ulong.MaxValue));

    [Fact]
    public void A_log_key_is_recognised_as_the_key_of_its_own_position_and_of_no_other()
    {
        Property.ForAll(
            Gen.Select(Positions, Positions),
            pair =>
            {
                var (position, other) = pair;
                var key = EventLogKeys.Log.Pack(position);

                Assert.True(EventLogKeys.IsPositionKey(key, position));
                Assert.Equal(position == other, EventLogKeys.IsPositionKey(key, other));
            },
            seed: 0x5EED_0001,
            iterations: 5000);
    }

    [Fact]
    public void A_key_of_another_subspace_a_truncated_key_or_one_with_extra_bytes_is_no_log_key()
    {
        var key = EventLogKeys.Log.Pack(70_000ul);

        Assert.False(EventLogKeys.IsPositionKey(EventLogKeys.EventIds.Pack(70_000ul), 70_000ul));
        Assert.False(EventLogKeys.IsPositionKey(key.AsSpan(0, key.Length - 1), 70_000ul));
        Assert.False(EventLogKeys.IsPositionKey([.. key, 0x00], 70_000ul));
        Assert.False(EventLogKeys.IsPositionKey([], 0ul));
    }
}
