using Specs.Inventory.Domain.Kits;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Replication;
using Specs.Sim.Cluster;

namespace Specs.Sim.Tests;

// Client commands, client answers and client timers are mixed into the trace field by field (not as their
// description's text): each field the description prints must still change the hash.
public sealed class DeterminismTraceTests
{
    private static readonly ClientAnswer Refused = new(
        RequestId: 7,
        IdempotencyKey: "c0-7",
        Response: CommandResponse.Refused(new UnknownKit("KIT-1")),
        IsRepeat: false,
        LeaderHint: 1,
        Term: 3);

    [Fact]
    public void The_same_client_answer_gives_the_same_hash()
    {
        Assert.Equal(HashOf(Answer(Refused)), HashOf(Answer(Refused with { })));
    }

    [Fact]
    public void A_client_answer_that_differs_only_in_its_refusal_details_changes_the_hash()
    {
        var other = Refused with { Response = CommandResponse.Refused(new UnknownKit("KIT-2")) };

        Assert.NotEqual(HashOf(Answer(Refused)), HashOf(Answer(other)));
    }

    [Fact]
    public void A_client_answer_that_differs_only_in_its_refusal_type_changes_the_hash()
    {
        var other = Refused with { Response = CommandResponse.Refused(new KitAlreadyDefined("KIT-1")) };

        Assert.NotEqual(HashOf(Answer(Refused)), HashOf(Answer(other)));
    }

    [Theory]
    [InlineData("key")]
    [InlineData("repeat")]
    [InlineData("hint")]
    [InlineData("term")]
    [InlineData("position")]
    [InlineData("stream")]
    [InlineData("definite")]
    public void A_client_answer_that_differs_in_one_field_changes_the_hash(string field)
    {
        var accepted = Refused with { Response = CommandResponse.Accepted("kit-KIT-1", 2, 10, 11, 2) };
        var other = field switch
        {
            "key" => accepted with { IdempotencyKey = "c0-8" },
            "repeat" => accepted with { IsRepeat = true },
            "hint" => accepted with { LeaderHint = 2 },
            "term" => accepted with { Term = 4 },
            "position" => accepted with { Response = CommandResponse.Accepted("kit-KIT-1", 2, 11, 12, 2) },
            "stream" => accepted with { Response = CommandResponse.Accepted("kit-KIT-2", 2, 10, 11, 2) },
            _ => accepted with { Response = null },
        };

        Assert.NotEqual(HashOf(Answer(accepted)), HashOf(Answer(other)));
    }

    [Fact]
    public void Client_timers_that_differ_only_in_kind_or_generation_change_the_hash()
    {
        var timer = new ClientTimerFired(0, 5, ClientTimerKind.NextRequest);

        Assert.NotEqual(HashOf(timer), HashOf(timer with { Kind = ClientTimerKind.Timeout }));
        Assert.NotEqual(HashOf(timer), HashOf(timer with { Generation = 6 }));
        Assert.Equal(HashOf(timer), HashOf(timer with { }));
    }

    [Fact]
    public void A_recorded_trace_still_describes_client_answers_in_full()
    {
        var trace = new DeterminismTrace(recordEvents: true);

        trace.Event(12, Answer(Refused));

        Assert.Contains("UnknownKit", trace.Events[0].Description, StringComparison.Ordinal);
        Assert.Equal(trace.Hash, trace.Events[0].HashAfter);
    }

    private static Delivery Answer(ClientAnswer answer) => new(0, ClusterSimulation.ClientAddressBase, answer);

    private static ulong HashOf(SimulationEvent happening)
    {
        var trace = new DeterminismTrace(recordEvents: false);
        trace.Event(12, happening);
        return trace.Hash;
    }
}
