using Specs.Runner.Simulation;
using Specs.Sim.Cluster;

namespace Specs.Runner.Tests.Faults;

/// <summary>What a failure's timeline leaves out, so that the window before the break shows what led to it.</summary>
public sealed class TimelineTests
{
    [Fact]
    public void A_followers_answer_that_repeats_its_previous_one_on_the_same_link_is_left_out()
    {
        var result = ClusterSimulation.Run(1, new SimulationRunOptions { RecordTrace = true });
        // The run's own answers repeat (a follower answers every heartbeat), or the test would check nothing.
        Assert.True(Repeats(result.Trace.Select(happening => happening.Description)
            .Where(text => text.Contains("Message = AppendAnswer ", StringComparison.Ordinal))
            .Select(text => (Link: text[..text.IndexOf(", Message", StringComparison.Ordinal)], Text: text))) > 0);

        var timeline = TimelineBuilder.Build(result, "none");

        var answers = timeline.Rows.Where(row => row.Kind == TimelineRowKind.Message && row.Label.StartsWith("AppendAnswer ", StringComparison.Ordinal)).ToList();
        Assert.True(answers.Count >= 2, $"{answers.Count} answers in the window");
        Assert.Equal(0, Repeats(answers.Select(row => (Link: $"{row.From}->{row.To}", Text: row.Label))));
    }

    /// <summary>How many answers repeat the one before them on the same link.</summary>
    private static int Repeats(IEnumerable<(string Link, string Text)> answers)
    {
        var last = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeats = 0;
        foreach (var (link, text) in answers)
        {
            repeats += last.TryGetValue(link, out var previous) && previous == text ? 1 : 0;
            last[link] = text;
        }

        return repeats;
    }
}
