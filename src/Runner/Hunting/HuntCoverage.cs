using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.Hunting;

/// <summary>
/// What a hunt reached: commands submitted (accepted and refused), events recorded, domain errors returned,
/// and, against the system's whole vocabulary, what it never reached (a sign the generators are too narrow).
/// </summary>
internal sealed class HuntCoverage
{
    private static readonly IReadOnlyList<string> AllEvents =
        [.. ContractCatalog.Contracts.Where(contract => contract.Kind == ContractKind.Event).Select(contract => contract.ClrType.Name).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The refusals a rule can return, as the coverage report counts them: the codec's UnrecognizedRefusal, how a stored
    /// response decodes once its error type is gone, is no rule's, and listed it stood as "never returned" in every hunt.
    /// </summary>
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
