using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;
using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.LivingDocs;

/// <summary>
/// The glossary's source: every command, event, nested table and domain error of the system with its fields
/// and its description, as one run-level JSON attachment of the canonical stream. The living documentation
/// is rebuilt from streams alone (`specs docs`), so what it explains must travel in the stream too.
/// Commands, events and tables come from the generated <see cref="ContractCatalog"/> (descriptions from
/// their contract attributes); domain errors from the <see cref="DomainError"/> records and their XML docs.
/// </summary>
public static class ContractCatalogAttachment
{
    /// <summary>The attachment's file name; its media type is application/json.</summary>
    public const string FileName = "specs-contract-catalog.json";

    /// <summary>The format of the body; a reader refuses a version it does not know.</summary>
    public const int Version = 1;

    // The catalog depends on the build alone, and rendering it (the contracts, and the domain errors' XML docs) took
    // 50-110 ms of a verify between the run and the reports: `RenderAhead` starts it while the scenarios run.
    private static readonly Lazy<string> Rendered = new(RenderNow, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Starts rendering the catalog on the thread pool, so that <see cref="Attach"/> finds it done: `specs verify` calls
    /// it as its run starts, when a core is free. A failure surfaces where the catalog is used.
    /// </summary>
    public static void RenderAhead() => ThreadPool.QueueUserWorkItem(static _ =>
    {
        try
        {
            _ = Rendered.Value;
        }
        catch (System.Exception)
        {
            // Lazy keeps the failure and throws it again in Render, on the caller's thread, where it is reported.
        }
    });

    /// <summary>
    /// Returns the stream with the catalog attached right after testRunStarted, when a scenario talked to the
    /// system (it left a scenario record): the glossary explains the contracts scenarios use, and a suite of
    /// plain step definitions has none. An existing catalog is kept.
    /// </summary>
    public static List<Envelope> Attach(IReadOnlyList<Envelope> envelopes)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        var result = envelopes.ToList();
        if (result.Any(envelope => envelope.Attachment?.FileName == FileName)
            || !result.Any(envelope => envelope.Attachment?.FileName == DocsModelBuilder.ScenarioRecordFileName))
        {
            return result;
        }

        var startedIndex = result.FindIndex(envelope => envelope.TestRunStarted is not null);
        if (startedIndex < 0)
        {
            return result;
        }

        var started = result[startedIndex].TestRunStarted;
        result.Insert(startedIndex + 1, Envelope.Create(new Attachment(
            Render(), AttachmentContentEncoding.IDENTITY, FileName, "application/json",
            null, null, null, null, started.Id, null, started.Timestamp)));
        return result;
    }

    /// <summary>The catalog as JSON: contracts (commands and events by id), tables and errors (by name).</summary>
    public static string Render() => Rendered.Value;

    private static string RenderNow()
    {
        var contracts = new JsonArray();
        foreach (var contract in ContractCatalog.Contracts.OrderBy(contract => contract.Id))
        {
            contracts.Add(Contract(contract));
        }

        var tables = new JsonArray();
        foreach (var table in ContractCatalog.Tables.OrderBy(table => table.SchemaName, StringComparer.Ordinal))
        {
            tables.Add(Contract(table));
        }

        // The glossary lists the refusals the coverage report demands (SystemVocabulary), so that a codec-only
        // type such as UnrecognizedRefusal, which no decider returns, is not shown as a gap nobody can close.
        var refusals = SystemVocabulary.Errors.ToHashSet(StringComparer.Ordinal);
        var errors = new JsonArray();
        foreach (var error in DomainErrorCatalog.Describe(typeof(DomainError).Assembly).Where(error => refusals.Contains(error.Name)))
        {
            var fields = new JsonArray();
            foreach (var field in error.Fields)
            {
                fields.Add(new JsonObject
                {
                    ["name"] = field.Name,
                    ["type"] = field.Type,
                    ["optional"] = field.Optional,
                    ["description"] = field.Description,
                });
            }

            errors.Add(new JsonObject
            {
                ["kind"] = "error",
                ["name"] = error.Name,
                ["area"] = error.Area,
                ["rules"] = new JsonArray(error.Rules.Select(rule => (JsonNode)JsonValue.Create(rule)).ToArray()),
                ["description"] = error.Description,
                ["fields"] = fields,
            });
        }

        // The values of each enum a field can hold, so the glossary says "one of None, Lot, Serial" for a TrackingMode.
        var enums = new JsonObject();
        foreach (var type in typeof(DomainError).Assembly.GetExportedTypes().Where(type => type.IsEnum).OrderBy(type => type.Name, StringComparer.Ordinal))
        {
            enums[type.Name] = new JsonArray([.. Enum.GetNames(type).Select(name => (JsonNode?)name)]);
        }

        return new JsonObject
        {
            ["version"] = Version,
            ["contracts"] = contracts,
            ["tables"] = tables,
            ["errors"] = errors,
            ["enums"] = enums,
        }.ToJsonString();
    }

    private static JsonObject Contract(ContractDescriptor contract)
    {
        var fields = new JsonArray();
        foreach (var field in contract.Fields.OrderBy(field => field.Index))
        {
            fields.Add(new JsonObject
            {
                // camelCase of the C# name: the name the scenario record uses for the same field.
                ["name"] = DomainErrorCatalog.CamelCase(field.Name),
                ["type"] = field.SchemaType,
                ["optional"] = field.IsOptional,
                ["description"] = field.Description,
            });
        }

        return new JsonObject
        {
            ["kind"] = contract.Kind switch
            {
                ContractKind.Command => "command",
                ContractKind.Event => "event",
                _ => "table",
            },
            ["name"] = contract.ClrType.Name,
            ["id"] = contract.Id,
            ["area"] = AreaOf(contract.ClrType),
            ["description"] = contract.Description,
            ["fields"] = fields,
        };
    }

    /// <summary>The DOMAIN.md area a type belongs to: the last segment of its namespace (Events.Catalog → Catalog).</summary>
    internal static string AreaOf(Type type)
    {
        var space = type.Namespace ?? "";
        var dot = space.LastIndexOf('.');
        return dot < 0 ? space : space[(dot + 1)..];
    }
}
