using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.ReferenceData;
using Specs.Inventory.Contracts.Events.ReferenceData;
using Specs.Inventory.Domain.ReferenceData;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views;

namespace Specs.Steps;

/// <summary>
/// Area 14, reference data: reasons, suppliers and channels. Given steps record what already happened,
/// When steps are what the merchant asks for, Then steps check the answer, the new events and the
/// reference-data view. Kinds are the words reason, supplier and channel.
/// </summary>
[Binding]
public sealed class ReferenceDataSteps(ScenarioHost host)
{
    [Given("a {word} {string} exists")]
    public void GivenAnEntryExists(string kind, string name)
    {
        var parsed = ReferenceKinds.Parse(kind);
        host.Given(ReferenceKinds.StreamOf(parsed, name), ReferenceKinds.Created(parsed, name));
    }

    [Given("the {word} {string} was deactivated")]
    public void GivenTheEntryWasDeactivated(string kind, string name)
    {
        var parsed = ReferenceKinds.Parse(kind);
        host.Given(ReferenceKinds.StreamOf(parsed, name), new ReferenceDeactivated { Kind = parsed, Name = name });
    }

    /// <summary>Column <c>name</c>, and <c>description</c> (reasons) or <c>contact</c> (suppliers) when known.</summary>
    [Given("^these (reasons|suppliers|channels) exist:$")]
    public void GivenTheseEntriesExist(string kind, Table entries)
    {
        var parsed = ReferenceKinds.Parse(kind);
        foreach (var row in entries.Rows)
        {
            var detail = Cell(row, "description") ?? Cell(row, "contact");
            host.Given(ReferenceKinds.StreamOf(parsed, row["name"]), ReferenceKinds.Created(parsed, row["name"], detail));
        }
    }

    [When("the merchant creates the {word} {string}")]
    public void WhenTheMerchantCreates(string kind, string name) => host.When(Create(ReferenceKinds.Parse(kind), name, null));

    [When("the merchant creates a {word} with a name of {int} characters")]
    public void WhenTheMerchantCreatesWithNameLength(string kind, int length) =>
        host.When(Create(ReferenceKinds.Parse(kind), ReferenceKinds.NameOfLength(length), null));

    /// <summary>A vertical table of the command's fields: <c>| field | value |</c> with name, description or contact.</summary>
    [When("the merchant creates a {word}:")]
    public void WhenTheMerchantCreatesWithFields(string kind, Table fields)
    {
        var values = fields.Rows.ToDictionary(row => row["field"], row => row["value"], StringComparer.Ordinal);
        var name = values.TryGetValue("name", out var given) ? given : throw new ArgumentException("The table needs a 'name' row.", nameof(fields));
        var detail = values.GetValueOrDefault("description") ?? values.GetValueOrDefault("contact");
        host.When(Create(ReferenceKinds.Parse(kind), name, detail));
    }

    [When("the merchant deactivates the {word} {string}")]
    public void WhenTheMerchantDeactivates(string kind, string name) =>
        host.When(new DeactivateReference { Kind = ReferenceKinds.Parse(kind), Name = name });

    [Then("the {word} {string} is recorded")]
    public void ThenTheEntryIsRecorded(string kind, string name)
    {
        var parsed = ReferenceKinds.Parse(kind);
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(ReferenceKinds.Created(parsed, name), ReferenceKinds.StreamOf(parsed, name))]);
    }

    [Then("the {word} with a name of {int} characters is recorded")]
    public void ThenTheEntryWithNameLengthIsRecorded(string kind, int length) => ThenTheEntryIsRecorded(kind, ReferenceKinds.NameOfLength(length));

    [Then("the {word} {string} is recorded as deactivated")]
    public void ThenTheEntryIsRecordedAsDeactivated(string kind, string name)
    {
        var parsed = ReferenceKinds.Parse(kind);
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(new ReferenceDeactivated { Kind = parsed, Name = name }, ReferenceKinds.StreamOf(parsed, name))]);
    }

    [Then("the {word} {string} is active")]
    public void ThenTheEntryIsActive(string kind, string name) => ThenTheEntryHasState(ReferenceKinds.Parse(kind), name, active: true);

    [Then("the {word} {string} is inactive")]
    public void ThenTheEntryIsInactive(string kind, string name) => ThenTheEntryHasState(ReferenceKinds.Parse(kind), name, active: false);

    /// <summary>The reference-data view lists exactly these entries of the kind, in its order: columns name and active (yes/no).</summary>
    [Then("^the (reasons|suppliers|channels) are listed as:$")]
    public void ThenTheEntriesAreListedAs(string kind, Table expected)
    {
        var parsed = ReferenceKinds.Parse(kind);
        var wanted = expected.Rows.Select(row => $"{row["name"]} ({(Yes(row["active"]) ? "active" : "inactive")})").ToList();
        host.ThenView($"the {kind} to be listed as {string.Join(", ", wanted)}", transaction =>
        {
            var listed = ReferenceDataView.List(transaction, parsed, limit: 1000).Select(row => $"{row.Name} ({(row.IsActive ? "active" : "inactive")})").ToList();
            return listed.SequenceEqual(wanted, StringComparer.Ordinal) ? null : $"they are listed as {(listed.Count == 0 ? "nothing" : string.Join(", ", listed))}";
        });
    }

    [Then("the command is refused because a {word} named {string} already exists")]
    public void ThenRefusedAsNameTaken(string kind, string existingName)
    {
        var error = host.ThenRefused<NameAlreadyUsed>();
        host.Expect($"the taken name to be the {kind} '{existingName}'",
            error.Kind == ReferenceKinds.Parse(kind) && error.ExistingName == existingName ? null : $"the refusal named the {ReferenceKinds.Word(error.Kind)} '{error.ExistingName}'");
    }

    [Then("the command is refused because the {word} needs a name")]
    public void ThenRefusedAsBlank(string kind)
    {
        var error = host.ThenRefused<InvalidName>();
        host.Expect($"a {kind} without a name to be refused", error.Kind == ReferenceKinds.Parse(kind) && error.Name.Length == 0 ? null : $"the refusal was about '{error.Name}'");
    }

    [Then("the command is refused because the {word} name is longer than {int} characters")]
    public void ThenRefusedAsTooLong(string kind, int maxLength)
    {
        var error = host.ThenRefused<InvalidName>();
        host.Expect($"a {kind} name over {maxLength} characters to be refused",
            error.Kind == ReferenceKinds.Parse(kind) && error.MaxLength == maxLength && error.Name.Length > maxLength ? null : $"the refusal was about a name of {error.Name.Length} characters, limit {error.MaxLength}");
    }

    [Then("the command is refused because there is no {word} named {string}")]
    public void ThenRefusedAsUnknown(string kind, string name)
    {
        var error = host.ThenRefused<UnknownReference>();
        host.Expect($"the unknown {kind} to be '{name}'",
            error.Kind == ReferenceKinds.Parse(kind) && error.Name == name ? null : $"the refusal named the {ReferenceKinds.Word(error.Kind)} '{error.Name}'");
    }

    private void ThenTheEntryHasState(ReferenceKind kind, string name, bool active) =>
        host.ThenView($"the {ReferenceKinds.Word(kind)} '{name}' to be {(active ? "active" : "inactive")}", transaction =>
            ReferenceDataView.Find(transaction, kind, name) switch
            {
                null => $"there is no {ReferenceKinds.Word(kind)} named '{name}'",
                { IsActive: var isActive } when isActive == active => null,
                _ => $"it is {(active ? "inactive" : "active")}",
            });

    private static ICommandContract Create(ReferenceKind kind, string name, string? detail) => kind switch
    {
        ReferenceKind.Reason => new CreateReason { Name = name, Description = detail },
        ReferenceKind.Supplier => new CreateSupplier { Name = name, Contact = detail },
        ReferenceKind.Channel => new CreateChannel { Name = name },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of reference data."),
    };

    private static string? Cell(DataTableRow row, string column) => row.ContainsKey(column) && row[column] is { Length: > 0 } value ? value : null;

    private static bool Yes(string cell) => cell.Trim().ToLowerInvariant() switch
    {
        "yes" or "true" or "active" => true,
        "no" or "false" or "inactive" => false,
        _ => throw new ArgumentException($"'{cell}' is not yes or no.", nameof(cell)),
    };
}
