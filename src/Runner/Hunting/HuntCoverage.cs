using Specs.Inventory.Pipeline;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.Hunting;

/// <summary>
/// What a hunt reached: commands submitted (accepted and refused), events recorded, domain errors returned,
/// and, against the system's whole vocabulary, what it never reached (a sign the generators are too narrow).
/// </summary>
internal sealed class HuntCoverage
{
    private static readonly IReadOnlyList<string> AllEvents = [.. SystemVocabulary.Events.Order(StringComparer.Ordinal)];

    // The coverage report's list, not a second scan of the assembly: the hunt's own scan also counted the codec's
    // UnrecognizedRefusal, which no decider returns, so the hunt said 118 domain errors where coverage said 117 and
    // listed one error as never reached that no history can reach.
    private static readonly IReadOnlyList<string> AllErrors = SystemVocabulary.Errors;

    public SortedDictionary<string, (long Accepted, long Refused)> Commands { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, long> Events { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public long Retries { get; private set; }

    public long ClockSteps { get; private set; }

    public void Add(HistoryOutcome outcome)
    {
        foreach (var step in outcome.Executed)
        {
            foreach (var recorded in step.Events)
            {
                var name = recorded.Payload.GetType().Name;
                Events[name] = Events.GetValueOrDefault(name) + 1;
            }

            if (step.Step.Kind == StepKind.Retry)
            {
                Retries++;
                continue;
            }

            if (step.Request is AdvanceClock)
            {
                ClockSteps++;
                continue;
            }

            var command = HistoryRunner.NameOf(step.Request);
            var (accepted, refused) = Commands.GetValueOrDefault(command);
            if (step.Result is CommandOutcome { Response.Refusal: { } refusal })
            {
                Commands[command] = (accepted, refused + 1);
                Errors[refusal.GetType().Name] = Errors.GetValueOrDefault(refusal.GetType().Name) + 1;
            }
            else
            {
                Commands[command] = (accepted + 1, refused);
            }
        }
    }

    public IReadOnlyList<string> CommandsNeverAccepted =>
        [.. CommandMaker.CommandNames.Where(name => Commands.GetValueOrDefault(name).Accepted == 0)];

    public IReadOnlyList<string> EventsNeverRecorded => [.. AllEvents.Where(name => !Events.ContainsKey(name))];

    public IReadOnlyList<string> ErrorsNeverReturned => [.. AllErrors.Where(name => !Errors.ContainsKey(name))];

    public int CommandCount => CommandMaker.CommandNames.Count;

    public int EventCount => AllEvents.Count;

    public int ErrorCount => AllErrors.Count;
}
