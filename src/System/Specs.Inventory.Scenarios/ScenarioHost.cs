using System.Text.Json.Nodes;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Contracts.Events.Sales;
using Specs.Inventory.Domain;
using Specs.Inventory.Domain.Sales;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// What step definitions talk to instead of the system. The runner injects one per scenario attempt. Given
/// steps record setup facts and past events (with ids derived from the scenario); the one When step submits
/// a command (with the scenario's idempotency key) or advances the clock, which executes the scenario on the
/// target's system; Then steps assert on the response, the exact new events and the views, and each
/// assertion is recorded. <see cref="Complete"/> then runs the verification modes on the same scenario.
/// </summary>
/// <remarks>
/// Shape rules (each broken one is a <see cref="ScenarioShapeException"/>): Given before When, exactly one
/// When, Then after the When. Used by one thread at a time: the scenario's steps, then the runner.
/// </remarks>
public sealed class ScenarioHost : IDisposable
{
    /// <summary>Past events one scenario may record: a scenario states a situation, not a data load.</summary>
    public const int MaxGivenEvents = 1_000;

    private readonly ScenarioIdentity _identity;
    private readonly ScenarioSettings _settings;
    private readonly Func<ScenarioSystemContext, IScenarioSystem> _createSystem;
    private readonly ManualClock _clock;
    private readonly List<GivenEvent> _given = [];
    private readonly HashSet<Guid> _named = [];
    private IScenarioSystem? _system;
    private PipelineRequest? _when;
    private PipelineResult? _result;
    private DeliveryResult _secondDelivery;
    private IReadOnlyList<RecordedEvent> _newEvents = [];
    private ViewSnapshot? _viewsAfter;
    private long _whenAtUnixMs;
    private bool _completed;

    /// <param name="identity">The scenario: every id, key and seed derives from it.</param>
    /// <param name="settings">The run's clock and verification modes.</param>
    /// <param name="targetName">The target's name, for the record.</param>
    /// <param name="createSystem">Creates the scenario's own system when the When runs; the host disposes it.</param>
    /// <param name="tags">The scenario's tags; the rule ids among them (<c>@R-4.3</c>) go into the record.</param>
    public ScenarioHost(ScenarioIdentity identity, ScenarioSettings settings, string targetName, Func<ScenarioSystemContext, IScenarioSystem> createSystem, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(createSystem);
        _identity = identity;
        _settings = settings;
        _createSystem = createSystem;
        var start = settings.FixedClock ?? DateTimeOffset.UtcNow;
        _clock = new ManualClock(start.ToUnixTimeMilliseconds());
        var modes = new List<string>();
        if (settings.Idempotency)
        {
            modes.Add(VerificationFinding.IdempotencyMode);
        }

        if (settings.ReplayCheck)
        {
            modes.Add(VerificationFinding.ReplayMode);
        }

        Record = new ScenarioRecord
        {
            Scenario = identity.Location,
            Name = identity.Name,
            Target = targetName,
            Modes = modes,
            ClockStartsAt = ContractJson.Instant(_clock.NowUnixMs),
            Rules = RuleTags.RuleIds(tags ?? []),
        };
    }

    public ScenarioIdentity Identity => _identity;

    /// <summary>The scenario as data, so far.</summary>
    public ScenarioRecord Record { get; }

    /// <summary>Whether any step used the host (a scenario of step definitions alone leaves no record).</summary>
    public bool IsUsed => Record.Setup.Count > 0 || _given.Count > 0 || _when is not null;

    /// <summary>The scenario's clock, in Unix milliseconds.</summary>
    public long NowUnixMs => _clock.NowUnixMs;

    /// <summary>"Given the clock reads T": past events recorded after this, and the When, happen at T.</summary>
    public void ClockReads(DateTimeOffset instant)
    {
        RequireBeforeWhen("the clock reads");
        _clock.Set(instant.ToUnixTimeMilliseconds());
        Record.Setup.Add(new SetupFact("the clock reads", ContractJson.Instant(_clock.NowUnixMs)));
    }

    /// <summary>
    /// Says that the scenario calls <paramref name="id"/> <paramref name="name"/> (a picklist's id "P-1"), so the
    /// living documentation shows the name wherever the record holds the id. The first name given to an id stays; a
    /// blank name (a scenario may say <c>picklist ""</c> to be refused) names nothing. Returns the id.
    /// </summary>
    public Guid Name(Guid id, string name)
    {
        // Naming only serves the documentation: a scenario's own text must never make it fail.
        if (string.IsNullOrWhiteSpace(name))
        {
            return id;
        }

        if (_named.Add(id))
        {
            Record.Names.Add(new NamedId(id, name.Trim()));
        }

        return id;
    }

    /// <summary>
    /// Names the id each of the When's new <typeparamref name="TEvent"/> events carries (read by <paramref name="id"/>):
    /// an entity the system itself created, which the scenario calls by what it is ("the new picklist").
    /// </summary>
    public void NameNew<TEvent>(Func<TEvent, Guid> id, string name)
        where TEvent : IEventContract
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var recorded in NewEvents)
        {
            if (recorded.Payload is TEvent created)
            {
                Name(id(created), name);
            }
        }
    }

    /// <summary>Records a past event on <paramref name="stream"/>, at the clock's reading; returns its deterministic id.</summary>
    public Guid Given(string stream, IEventContract payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentNullException.ThrowIfNull(payload);
        RequireBeforeWhen("a past event");
        if (_given.Count == MaxGivenEvents)
        {
            throw new ScenarioShapeException($"A scenario records at most {MaxGivenEvents} past events; state the situation with fewer.");
        }

        var eventId = _identity.DeriveId("given", _given.Count);
        _given.Add(new GivenEvent(eventId, stream, _clock.NowUnixMs, payload));
        Record.Given.Add(new GivenRecord(eventId, stream, ContractJson.Instant(_clock.NowUnixMs), payload.GetType().Name, ContractJson.Fields(payload)));
        NameFrom(payload);
        return eventId;
    }

    /// <summary>The When: submits <paramref name="command"/> with the scenario's idempotency key and records the outcome.</summary>
    public void When(ICommandContract command, ulong? expectedStreamVersion = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var request = new SubmitCommand(command, _identity.IdempotencyKey, expectedStreamVersion);
        Execute(request, new WhenRecord("command", command.GetType().Name, _identity.IdempotencyKey, ContractJson.Fields(command), null, expectedStreamVersion));
    }

    /// <summary>The When "the clock advances to T": due timers fire through the pipeline.</summary>
    public void WhenClockAdvancesTo(DateTimeOffset instant)
    {
        var toUnixMs = instant.ToUnixTimeMilliseconds();
        if (toUnixMs < _clock.NowUnixMs)
        {
            throw new ScenarioShapeException($"The clock only moves forward: it reads {ContractJson.Instant(_clock.NowUnixMs)}, so it cannot advance to {ContractJson.Instant(toUnixMs)}.");
        }

        Execute(new AdvanceClock(toUnixMs), new WhenRecord("clock advance", nameof(AdvanceClock), null, null, ContractJson.Instant(toUnixMs), null));
        _clock.AdvanceTo(toUnixMs);
    }

    /// <summary>The response to the When's command.</summary>
    public CommandResponse Response => RequireOutcome() switch
    {
        CommandOutcome outcome => outcome.Response,
        _ => throw new ScenarioShapeException("The When advanced the clock; there is no command response to check."),
    };

    /// <summary>The events the When recorded, in log order.</summary>
    public IReadOnlyList<RecordedEvent> NewEvents
    {
        get
        {
            RequireOutcome();
            return _newEvents;
        }
    }

    /// <summary>Reads the views after the When, on one snapshot.</summary>
    public T ReadViews<T>(Func<IReadTransaction, T> read)
    {
        RequireOutcome();
        return _system!.Read(read);
    }

    /// <summary>Then: the command was accepted.</summary>
    public void ThenAccepted()
    {
        var response = Response;
        Expect("the command to be accepted", response.Status == CommandStatus.Accepted ? null : $"it was {Describe(response)}");
    }

    /// <summary>Then: the command was refused with a <typeparamref name="TError"/>; returns it for further checks.</summary>
    public TError ThenRefused<TError>()
        where TError : DomainError
    {
        var response = Response;
        var expectation = $"the command to be refused with {typeof(TError).Name}";
        Expect(new ExpectationRecord(expectation, response.Refusal is TError, response.Refusal is TError ? null : $"it was {Describe(response)}") { Error = typeof(TError).Name });
        return (TError)response.Refusal!;
    }

    /// <summary>Then: the command was refused with the error named <paramref name="errorName"/> (its type name, such as NameAlreadyUsed).</summary>
    public DomainError ThenRefusedWith(string errorName)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorName);
        var response = Response;
        var held = response.Refusal?.GetType().Name == errorName;
        Expect(new ExpectationRecord($"the command to be refused with {errorName}", held, held ? null : $"it was {Describe(response)}") { Error = errorName });
        return response.Refusal!;
    }

    /// <summary>Then: the When recorded exactly these events, in this order.</summary>
    public void ThenNewEvents(IReadOnlyList<ExpectedEvent> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var actual = NewEvents;
        var expectation = expected.Count == 0 ? "no new events" : $"exactly these new events: {string.Join("; ", expected)}";
        string? mismatch = null;
        EventDifference? difference = null;
        if (actual.Count != expected.Count)
        {
            mismatch = $"{actual.Count} were recorded: {DescribeEvents(actual)}";
        }
        else
        {
            for (var i = 0; i < actual.Count && difference is null; i++)
            {
                difference = expected[i].Compare(actual[i], i + 1, _whenAtUnixMs);
            }

            mismatch = difference is null ? null : $"event {difference.Event}: {difference.Text}";
        }

        Expect(new ExpectationRecord(expectation, mismatch is null, mismatch) { Events = expected.Select(expectedEvent => expectedEvent.Type).ToList(), Difference = difference });
    }

    /// <summary>Then: nothing was recorded (no new events).</summary>
    public void ThenNothingRecorded() => ThenNewEvents([]);

    /// <summary>Then: a check on the views; <paramref name="check"/> returns null when it holds, else what was found.</summary>
    public void ThenView(string expectation, Func<IReadTransaction, string?> check)
    {
        ArgumentException.ThrowIfNullOrEmpty(expectation);
        ArgumentNullException.ThrowIfNull(check);
        Expect(expectation, ReadViews(check));
    }

    /// <summary>
    /// Called by the runner once the steps are done: returns the findings of the verification modes the run
    /// asked for (also kept in <see cref="Record"/>). The idempotency check ran in the When step (it writes);
    /// the replay check runs here (it only reads). Nothing to verify when the When never ran. Called at most once.
    /// </summary>
    public IReadOnlyList<VerificationFinding> Complete()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The scenario was already completed.");
        }

        _completed = true;
        if (_system is null || _result is null)
        {
            return Record.Findings;
        }

        if (_settings.ReplayCheck)
        {
            Record.Findings.Add(CheckReplay(_system));
        }

        return Record.Findings;
    }

    /// <summary>Deletes the scenario's system (its temporary environment).</summary>
    public void Dispose() => _system?.Dispose();

    private void Execute(PipelineRequest request, WhenRecord record)
    {
        if (_when is not null)
        {
            throw new ScenarioShapeException($"A scenario has exactly one When; this one already ran {Record.When!.Type}.");
        }

        _when = request;
        Record.When = record;
        var system = _createSystem(new ScenarioSystemContext(_identity, _clock, new DeterministicIds(_identity.Seed)));
        _system = system;
        system.Deliver(_given);
        if (_settings.Idempotency)
        {
            // The host does not de-duplicate: the log must recognise every past event by its id.
            _secondDelivery = system.Deliver(_given);
        }

        system.Start();
        var headBefore = system.Head;
        _whenAtUnixMs = request is AdvanceClock advance ? advance.ToUnixMs : _clock.NowUnixMs;
        try
        {
            _result = system.Submit(request);
        }
        catch (Exception error)
        {
            Record.Outcome = new OutcomeRecord(new JsonObject(), [], [], $"{error.GetType().Name}: {error.Message}");
            throw;
        }

        _newEvents = system.EventsAfter(headBefore);
        foreach (var recorded in _newEvents)
        {
            NameFrom(recorded.Payload);
        }

        _viewsAfter = system.SnapshotViews();
        Record.Outcome = new OutcomeRecord(ResultJson(_result), _newEvents.Select(ToRecord).ToList(), ToRecord(_viewsAfter), null);
        if (_settings.Idempotency)
        {
            // Here, not at completion: every write of a scenario happens in its When step, on one thread (the
            // store's single writer), and a Then step must never read views that a faulty repeat changed.
            var finding = CheckIdempotency(system, request, _result);
            Record.Findings.Add(finding);
            if (!finding.Passed)
            {
                throw new VerificationFailedException(finding);
            }
        }
    }

    /// <summary>Delivers the When a second time (its past events were delivered twice already) and compares.</summary>
    private VerificationFinding CheckIdempotency(IScenarioSystem system, PipelineRequest request, PipelineResult first)
    {
        if (_secondDelivery.Written > 0)
        {
            return Finding(VerificationFinding.IdempotencyMode, false, "delivering the past events a second time recorded them again.",
                $"{_secondDelivery.Written} of {_given.Count} past events were appended twice instead of being recognised by their event id.");
        }

        var headBefore = system.Head;
        var second = system.Submit(request);
        var extra = system.EventsAfter(headBefore);
        if (extra.Count > 0)
        {
            return Finding(VerificationFinding.IdempotencyMode, false, $"delivering the When a second time recorded {extra.Count} more event(s).",
                $"extra event {DescribeEvent(extra[0])}");
        }

        var firstJson = ResultJson(first);
        var secondJson = ResultJson(second);
        if (FirstDifference(firstJson, secondJson) is { } responseDifference)
        {
            return Finding(VerificationFinding.IdempotencyMode, false, "the second delivery of the When was answered differently.", responseDifference);
        }

        if (_viewsAfter!.FirstDifference(system.SnapshotViews()) is { } viewDifference)
        {
            return Finding(VerificationFinding.IdempotencyMode, false, "the views changed when the When was delivered a second time.", viewDifference);
        }

        return Finding(VerificationFinding.IdempotencyMode, true,
            $"every past event delivered twice ({_given.Count}) and the When delivered twice: no extra events, the same response, identical views.", null);
    }

    private VerificationFinding CheckReplay(IScenarioSystem system)
    {
        var report = system.CheckReplay();
        return report.Matches
            ? Finding(VerificationFinding.ReplayMode, true, $"every view rebuilt from the {report.Head} event(s) of the log equals the stored one ({report.KeysCompared} keys compared).", null)
            : Finding(VerificationFinding.ReplayMode, false, $"a view rebuilt from the {report.Head} event(s) of the log differs from the stored one.", report.FirstDifference!.ToString());
    }

    private VerificationFinding Finding(string mode, bool passed, string summary, string? firstDifference) =>
        new(mode, _identity.Location, _identity.Name, passed, summary[..1].ToUpperInvariant() + summary[1..], firstDifference);

    /// <summary>Records an expectation a Then step checked itself; throws when <paramref name="mismatch"/> (what was found instead) is not null.</summary>
    public void Expect(string expectation, string? mismatch) => Expect(new ExpectationRecord(expectation, mismatch is null, mismatch));

    /// <summary>Records <paramref name="record"/> (with what of the system's vocabulary it asserted); throws when it did not hold.</summary>
    private void Expect(ExpectationRecord record)
    {
        Record.Then.Add(record);
        if (!record.Passed)
        {
            throw new ScenarioExpectationException(record.Expectation, record.Actual ?? "(nothing)");
        }
    }

    private PipelineResult RequireOutcome()
    {
        if (_when is null)
        {
            throw new ScenarioShapeException("A Then step needs the scenario's When first: add a When step that submits a command or advances the clock.");
        }

        return _result ?? throw new ScenarioShapeException("The When did not complete (see its error); there is no outcome to check.");
    }

    private void RequireBeforeWhen(string what)
    {
        if (_when is not null)
        {
            throw new ScenarioShapeException($"Setup ({what}) belongs before the When: a Given step ran after the When.");
        }
    }

    private static JsonObject ResultJson(PipelineResult result) => result switch
    {
        CommandOutcome outcome => ContractJson.Response(outcome.Response),
        ClockAdvanced advanced => new JsonObject { ["clockReads"] = ContractJson.Instant(advanced.NowUnixMs) },
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown pipeline result."),
    };

    private static string? FirstDifference(JsonObject first, JsonObject second)
    {
        foreach (var name in first.Select(pair => pair.Key).Union(second.Select(pair => pair.Key)))
        {
            var (a, b) = (first[name]?.ToJsonString(), second[name]?.ToJsonString());
            if (a != b)
            {
                return $"response.{name}: first {a ?? "(absent)"}, second {b ?? "(absent)"}";
            }
        }

        return null;
    }

    private static string Describe(CommandResponse response) => response.Status switch
    {
        CommandStatus.Accepted => $"accepted ({response.EventCount} event(s) on '{response.Stream}')",
        CommandStatus.Refused => $"refused with {response.Refusal!.GetType().Name} ({response.Refusal.RuleId}): {response.Refusal.Describe()}",
        CommandStatus.VersionConflict => $"a version conflict on '{response.Stream}' (found version {response.StreamVersion}, expected {response.ExpectedStreamVersion})",
        _ => response.Status.ToString(),
    };

    // A product is known by its SKU and a sale by the channel's id for it, so their events name their ids.
    private void NameFrom(IEventContract payload)
    {
        switch (payload)
        {
            case ProductCreated product:
                Name(product.ProductId, product.Sku);
                break;
            case SaleImported sale:
                Name(SaleIds.Of(sale.Channel, sale.ExternalId), sale.ExternalId);
                break;
        }
    }

    private static string DescribeEvents(IReadOnlyList<RecordedEvent> events) =>
        events.Count == 0 ? "none" : string.Join("; ", events.Select(DescribeEvent));

    private static string DescribeEvent(RecordedEvent recorded) =>
        $"{ExpectedEvent.Of(recorded.Payload, recorded.Stream)}";

    private static EventRecordData ToRecord(RecordedEvent recorded) => new(
        recorded.Position, recorded.Stream, recorded.StreamVersion, recorded.EventId, ContractJson.Instant(recorded.RecordedAtUnixMs),
        recorded.Payload.GetType().Name, ContractJson.Fields(recorded.Payload));

    private static List<ViewRecord> ToRecord(ViewSnapshot snapshot) => snapshot.Views
        .Select(view => new ViewRecord(view.View, view.Entries.Select(entry => new ViewEntryRecord(KeyText.Render(entry.Key), KeyText.Render(entry.Value, 0))).ToList()))
        .ToList();
}
