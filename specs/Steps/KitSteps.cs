using System.Globalization;
using Reqnroll;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Commands.Kits;
using Specs.Inventory.Contracts.Events.Kits;
using Specs.Inventory.Contracts.Tables;
using Specs.Inventory.Domain.Catalog;
using Specs.Inventory.Domain.Kits;
using Specs.Inventory.Domain.Ledger;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Views.Kits;

namespace Specs.Steps;

/// <summary>
/// Area 2, kits: a product whose units are made of other products' units. A kit's definition is on its
/// product's stream; an assembly or disassembly is on the kit's stock stream (it also changes the
/// components). Tables of lines have the columns <c>component</c> and <c>units</c>: units per kit in a
/// definition, units consumed or returned in total in an assembly. Availability is read from the kits view.
/// Every phrase names "the kit" or "kit(s) of" so no other area's step reads the same.
/// </summary>
[Binding]
public sealed class KitSteps(ScenarioHost host)
{
    /// <summary>The lines of the kits this scenario defined, so a given assembly records the components it consumed.</summary>
    private readonly Dictionary<string, IReadOnlyList<KitLine>> _definitions = new(StringComparer.OrdinalIgnoreCase);

    [Given("the kit {string} is made of:")]
    public void GivenTheKitIsMadeOf(string kit, Table lines)
    {
        var parsed = Lines(lines);
        _definitions[kit] = parsed;
        host.Given(CatalogRules.StreamOf(kit), new KitCreated { Sku = kit, Lines = parsed });
    }

    /// <summary>Products named by a counter, "PART-001" to "PART-100": the components of the line-count boundaries of R-2.2.</summary>
    [Given("the kit components {string} to {string} exist")]
    public void GivenTheKitComponentsExist(string first, string last)
    {
        foreach (var sku in Range(first, last))
        {
            host.Given(CatalogRules.StreamOf(sku), CatalogSteps.Created(sku, TrackingMode.None));
        }
    }

    [Given("{long} kit(s) of {string} was/were assembled in {string} of {string}")]
    public void GivenKitsWereAssembled(long quantity, string kit, string location, string warehouse) =>
        host.Given(LedgerRules.StreamOf(kit), new KitAssembled { Sku = kit, Warehouse = warehouse, Location = location, Quantity = quantity, Components = Consumed(kit, quantity) });

    [Given("{long} kit(s) of {string} was/were disassembled in {string} of {string}")]
    public void GivenKitsWereDisassembled(long quantity, string kit, string location, string warehouse) =>
        host.Given(LedgerRules.StreamOf(kit), new KitDisassembled { Sku = kit, Warehouse = warehouse, Location = location, Quantity = quantity, Components = Consumed(kit, quantity) });

    [When("the merchant defines the kit {string} as:")]
    public void WhenTheMerchantDefinesTheKit(string kit, Table lines) => host.When(new CreateKit { Sku = kit, Lines = Lines(lines) });

    [When("the merchant defines the kit {string} with no lines")]
    public void WhenTheMerchantDefinesTheKitWithNoLines(string kit) => host.When(new CreateKit { Sku = kit, Lines = [] });

    [When("the merchant defines the kit {string} with one unit each of {string} to {string}")]
    public void WhenTheMerchantDefinesTheKitFromRange(string kit, string first, string last) =>
        host.When(new CreateKit { Sku = kit, Lines = [.. Range(first, last).Select(sku => new KitLine { Sku = sku, Quantity = 1 })] });

    [When("the merchant changes the lines of the kit {string} to:")]
    public void WhenTheMerchantChangesTheLines(string kit, Table lines) => host.When(new UpdateKitLines { Sku = kit, Lines = Lines(lines) });

    [When("the merchant changes the lines of the kit {string} to none")]
    public void WhenTheMerchantChangesTheLinesToNone(string kit) => host.When(new UpdateKitLines { Sku = kit, Lines = [] });

    [When("the merchant assembles {long} kit(s) of {string} in {string} of {string}")]
    public void WhenTheMerchantAssembles(long quantity, string kit, string location, string warehouse) =>
        host.When(new AssembleKit { Sku = kit, Warehouse = warehouse, Location = location, Quantity = quantity });

    [When("the merchant disassembles {long} kit(s) of {string} in {string} of {string}")]
    public void WhenTheMerchantDisassembles(long quantity, string kit, string location, string warehouse) =>
        host.When(new DisassembleKit { Sku = kit, Warehouse = warehouse, Location = location, Quantity = quantity });

    [Then("the kit {string} is recorded as made of:")]
    public void ThenTheKitIsRecorded(string kit, Table lines) =>
        ThenRecorded(CatalogRules.StreamOf(kit), new KitCreated { Sku = kit, Lines = Lines(lines) });

    [Then("the kit {string} is recorded as made of one unit each of {string} to {string}")]
    public void ThenTheKitFromRangeIsRecorded(string kit, string first, string last) =>
        ThenRecorded(CatalogRules.StreamOf(kit), new KitCreated { Sku = kit, Lines = [.. Range(first, last).Select(sku => new KitLine { Sku = sku, Quantity = 1 })] });

    [Then("the kit {string} is recorded as now made of:")]
    public void ThenTheLinesChangeIsRecorded(string kit, Table lines) =>
        ThenRecorded(CatalogRules.StreamOf(kit), new KitLinesChanged { Sku = kit, Lines = Lines(lines) });

    [Then("{long} kit(s) of {string} is/are recorded as assembled in {string} of {string} from:")]
    public void ThenTheAssemblyIsRecorded(long quantity, string kit, string location, string warehouse, Table components) =>
        ThenRecorded(LedgerRules.StreamOf(kit), new KitAssembled { Sku = kit, Warehouse = warehouse, Location = location, Quantity = quantity, Components = Lines(components) });

    [Then("{long} kit(s) of {string} is/are recorded as disassembled in {string} of {string} into:")]
    public void ThenTheDisassemblyIsRecorded(long quantity, string kit, string location, string warehouse, Table components) =>
        ThenRecorded(LedgerRules.StreamOf(kit), new KitDisassembled { Sku = kit, Warehouse = warehouse, Location = location, Quantity = quantity, Components = Lines(components) });

    [Then("the kit {string} is listed as made of:")]
    public void ThenTheKitIsListedAsMadeOf(string kit, Table lines)
    {
        var wanted = Lines(lines).Select(line => $"{line.Quantity} x {line.Sku}").ToList();
        host.ThenView($"the kit '{kit}' to be listed as made of {string.Join(", ", wanted)}", transaction =>
        {
            if (KitAvailabilityView.Find(transaction, kit) is not { } row)
            {
                return $"'{kit}' is not listed as a kit";
            }

            var listed = row.Lines.Select(line => $"{line.Quantity} x {line.Sku}").ToList();
            return listed.SequenceEqual(wanted, StringComparer.Ordinal) ? null : $"it is made of {string.Join(", ", listed)}";
        });
    }

    [Then("{long} unit(s) of the kit {string} can be sold")]
    public void ThenKitUnitsCanBeSold(long units, string kit) =>
        ThenAvailability(kit, $"{units} units of the kit '{kit}' to be sellable", row => row.Availability == units ? null : $"{row.Availability} can be sold");

    [Then("{long} unit(s) of the kit {string} can be sold, {long} of them already assembled")]
    public void ThenKitUnitsCanBeSoldOfWhichAssembled(long units, string kit, long assembled) =>
        ThenAvailability(kit, $"{units} units of the kit '{kit}' to be sellable, {assembled} of them assembled", row =>
            row.Availability == units && row.Assembled == assembled ? null : $"{row.Availability} can be sold, {row.Assembled} of them assembled");

    [Then("the kit definition is refused because {string} is already a kit")]
    public void ThenRefusedAsAlreadyAKit(string kit)
    {
        var error = host.ThenRefused<KitAlreadyDefined>();
        host.Expect($"'{kit}' to be named as already a kit", error.Sku == kit ? null : $"the refusal named '{error.Sku}'");
    }

    [Then("the command is refused because the product {string} is not a kit")]
    public void ThenRefusedAsNotAKit(string sku)
    {
        var error = host.ThenRefused<UnknownKit>();
        host.Expect($"'{sku}' to be named as not a kit", error.Sku == sku ? null : $"the refusal named '{error.Sku}'");
    }

    [Then("the command is refused because the kit {string} has {int} lines, and a kit has 1 to {int}")]
    public void ThenRefusedAsLineCount(string kit, int count, int maximum)
    {
        var error = host.ThenRefused<KitLineCountInvalid>();
        host.Expect($"the kit '{kit}' to be refused with {count} lines (1 to {maximum} allowed)",
            error.Sku == kit && error.Count == count && error.MaxLines == maximum ? null : $"the refusal named '{error.Sku}' with {error.Count} lines, at most {error.MaxLines}");
    }

    [Then("the command is refused because the kit {string} lists {string} more than once")]
    public void ThenRefusedAsDuplicateComponent(string kit, string component)
    {
        var error = host.ThenRefused<DuplicateComponent>();
        host.Expect($"the kit '{kit}' to be refused for listing '{component}' twice",
            error.Sku == kit && error.Component == component ? null : $"the refusal named '{error.Component}' in '{error.Sku}'");
    }

    [Then("the command is refused because the kit {string} can hold 1 to {long} units of {string}, not {long}")]
    public void ThenRefusedAsComponentQuantity(string kit, long maximum, string component, long quantity)
    {
        var error = host.ThenRefused<InvalidComponentQuantity>();
        host.Expect($"{quantity} units of '{component}' per kit '{kit}' to be refused (1 to {maximum} allowed)",
            error.Sku == kit && error.Component == component && error.Quantity == quantity && error.MaxQuantity == maximum
                ? null : $"the refusal was about {error.Quantity} units of '{error.Component}' in '{error.Sku}', at most {error.MaxQuantity}");
    }

    [Then("the command is refused because the kit {string} lists {string}, which is not a product")]
    public void ThenRefusedAsUnknownComponent(string kit, string component)
    {
        var error = host.ThenRefused<UnknownComponent>();
        host.Expect($"the kit '{kit}' to be refused for the unknown component '{component}'",
            error.Sku == kit && error.Component == component ? null : $"the refusal named '{error.Component}' in '{error.Sku}'");
    }

    [Then("the command is refused because the kit {string} lists {string}, which is inactive")]
    public void ThenRefusedAsInactiveComponent(string kit, string component)
    {
        var error = host.ThenRefused<InactiveComponent>();
        host.Expect($"the kit '{kit}' to be refused for the inactive component '{component}'",
            error.Sku == kit && error.Component == component ? null : $"the refusal named '{error.Component}' in '{error.Sku}'");
    }

    [Then("the command is refused because the kit {string} would contain itself: {string}")]
    public void ThenRefusedAsContainingItself(string kit, string path)
    {
        var error = host.ThenRefused<KitContainsItself>();
        host.Expect($"the kit '{kit}' to be refused as containing itself through {path}",
            error.Sku == kit && error.Path == path ? null : $"the refusal named '{error.Sku}' through {error.Path}");
    }

    [Then("the command is refused because the kit {string} still has {long} assembled unit(s) in stock")]
    public void ThenRefusedAsKitInStock(string kit, long units)
    {
        var error = host.ThenRefused<KitHasStock>();
        host.Expect($"the kit '{kit}' to be refused with {units} assembled units in stock",
            error.Sku == kit && error.UnitsInStock == units ? null : $"the refusal named '{error.Sku}' with {error.UnitsInStock} units");
    }

    [Then("^the command is refused because \"([^\"]*)\" is tracked by (lot|serial) and kits are built only from untracked products$")]
    public void ThenRefusedAsTracked(string sku, string tracking)
    {
        var error = host.ThenRefused<TrackingMismatch>();
        var expected = tracking == "lot" ? TrackingMode.Lot : TrackingMode.Serial;
        host.Expect($"'{sku}' to be refused as tracked by {tracking}",
            error.Sku == sku && error.Tracking == expected && error.Needed == TrackingMode.None ? null : $"the refusal named '{error.Sku}' tracked by {error.Tracking}");
    }

    private void ThenRecorded(string stream, IEventContract expected)
    {
        host.ThenAccepted();
        host.ThenNewEvents([ExpectedEvent.Of(expected, stream)]);
    }

    private void ThenAvailability(string kit, string expectation, Func<KitRow, string?> check) =>
        host.ThenView(expectation, transaction => KitAvailabilityView.Find(transaction, kit) is { } row ? check(row) : $"'{kit}' is not listed as a kit");

    /// <summary>The components an assembly of <paramref name="quantity"/> kits consumes, from the definition this scenario gave.</summary>
    private IReadOnlyList<KitLine> Consumed(string kit, long quantity) =>
        _definitions.TryGetValue(kit, out var lines)
            ? [.. lines.Select(line => new KitLine { Sku = line.Sku, Quantity = line.Quantity * quantity })]
            : throw new ArgumentException($"The kit '{kit}' was not defined in this scenario: say 'Given the kit \"{kit}\" is made of:' first.", nameof(kit));

    private static IReadOnlyList<KitLine> Lines(Table table) =>
        [.. table.Rows.Select(row => new KitLine { Sku = row["component"], Quantity = TradeWords.Whole(row["units"], "units") })];

    /// <summary>"PART-001" to "PART-100": the same prefix, a counter of the same width.</summary>
    private static IEnumerable<string> Range(string first, string last)
    {
        var digits = first.Length - first.TrimEnd("0123456789".ToCharArray()).Length;
        var prefix = first[..^digits];
        if (digits == 0 || !last.StartsWith(prefix, StringComparison.Ordinal) || last.Length != first.Length)
        {
            throw new ArgumentException($"'{first}' to '{last}' is not a range: both need the same prefix and a counter of the same width.", nameof(last));
        }

        var from = int.Parse(first[^digits..], CultureInfo.InvariantCulture);
        var to = int.Parse(last[^digits..], CultureInfo.InvariantCulture);
        return Enumerable.Range(from, to - from + 1).Select(number => prefix + number.ToString(new string('0', digits), CultureInfo.InvariantCulture));
    }
}
