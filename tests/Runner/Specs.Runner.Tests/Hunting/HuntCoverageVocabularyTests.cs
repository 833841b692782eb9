using Specs.Inventory.Scenarios;
using Specs.Runner.Hunting;

namespace Specs.Runner.Tests.Hunting;

/// <summary>
/// The hunt counts the system's vocabulary as the coverage report does: it said 118 domain errors where coverage said
/// 117, because its own scan of the assembly also took the codec's UnrecognizedRefusal, which no decider returns, and
/// so listed it among the errors never reached in every hunt.
/// </summary>
public sealed class HuntCoverageVocabularyTests
{
    [Fact]
    public void A_hunt_that_reached_nothing_lists_exactly_the_domain_errors_the_coverage_report_counts()
    {
        var coverage = new HuntCoverage();

        Assert.Equal(SystemVocabulary.Errors.Count, coverage.ErrorCount);
        Assert.Equal(SystemVocabulary.Errors, coverage.ErrorsNeverReturned);
        Assert.DoesNotContain("UnrecognizedRefusal", coverage.ErrorsNeverReturned);
    }

    [Fact]
    public void A_hunt_that_reached_nothing_lists_exactly_the_events_the_coverage_report_counts()
    {
        var coverage = new HuntCoverage();

        Assert.Equal(SystemVocabulary.Events.Count, coverage.EventCount);
        Assert.Equal(SystemVocabulary.Events.Order(StringComparer.Ordinal), coverage.EventsNeverRecorded);
    }
}
