using Specs.Inventory.Replication;

namespace Specs.Inventory.Tests.Replication;

public sealed class FollowerProgressTests
{
    [Fact]
    public void A_new_leader_sends_from_its_own_end_and_counts_no_follower_as_holding_anything()
    {
        var progress = new FollowerProgress();

        progress.Reset([2, 3], leaderLastIndex: 7);

        Assert.Equal(8, progress.NextIndex(2));
        Assert.Equal(0, progress.HoldersOf(1));
    }

    [Fact]
    public void An_acknowledgement_moves_the_follower_forward_once_and_a_stale_or_repeated_one_changes_nothing()
    {
        var progress = new FollowerProgress();
        progress.Reset([2, 3], leaderLastIndex: 7);

        Assert.True(progress.Acknowledged(2, 5));
        Assert.False(progress.Acknowledged(2, 5));
        Assert.False(progress.Acknowledged(2, 4));

        Assert.Equal(8, progress.NextIndex(2));
        Assert.Equal(1, progress.HoldersOf(5));
        Assert.Equal(0, progress.HoldersOf(6));
    }

    [Fact]
    public void A_refusal_backs_off_to_just_past_the_hint_then_one_at_a_time_and_a_hint_below_an_old_match_forgets_that_match()
    {
        var progress = new FollowerProgress();
        progress.Reset([2], leaderLastIndex: 9);

        Assert.True(progress.Refused(2, hintedMatchIndex: 3));
        Assert.Equal(4, progress.NextIndex(2));
        Assert.True(progress.Refused(2, hintedMatchIndex: 3));
        Assert.Equal(3, progress.NextIndex(2));

        Assert.True(progress.Acknowledged(2, 6));
        Assert.Equal(7, progress.NextIndex(2));
        Assert.True(progress.Refused(2, hintedMatchIndex: 2));
        Assert.Equal(3, progress.NextIndex(2));
        Assert.Equal(0, progress.HoldersOf(3));
    }

    [Fact]
    public void A_refusal_whose_back_off_changes_nothing_asks_for_no_new_send()
    {
        var progress = new FollowerProgress();
        progress.Reset([2], leaderLastIndex: 4);
        Assert.True(progress.Acknowledged(2, 4));

        // Next is already just past the match; a hint above the match cannot move it below.
        Assert.False(progress.Refused(2, hintedMatchIndex: 4));
        Assert.Equal(5, progress.NextIndex(2));
    }
}
