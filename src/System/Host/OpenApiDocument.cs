using System.Text.Json;
using System.Text.Json.Nodes;
using Specs.Inventory.Contracts;

namespace Specs.Inventory.Host;

/// <summary>
/// The OpenAPI 3.1 document, generated from the contract catalog: one typed schema per command, event
/// and nested table (field types, integer ranges, enum members, which fields are required, and the
/// descriptions written on the contracts), one path per command, and the read endpoints.
/// </summary>
internal static class OpenApiDocument
{
    private const string Problem = "#/components/schemas/Problem";

    public static byte[] Build(ApiState api)
    {
        var schemas = new JsonObject
        {
            ["Problem"] = ProblemSchema(),
            ["CommandAccepted"] = AcceptedSchema(),
        };
        foreach (var shape in api.Shapes.Values.OrderBy(shape => shape.Descriptor.Kind).ThenBy(shape => shape.Descriptor.Id).ThenBy(shape => shape.Name, StringComparer.Ordinal))
        {
            schemas[shape.Name] = ObjectSchema(shape);
        }

        var paths = new JsonObject();
        foreach (var command in api.Commands.Values.OrderBy(shape => shape.Descriptor.Id))
        {
            paths["/api/commands/" + command.Name] = new JsonObject { ["post"] = CommandOperation(command) };
        }

        paths["/api/commands"] = Get("listCommands", "Every command of the catalog, with its description.", "commands");
        paths["/api/events"] = Get("readEvents", "The event log from a position, decoded to JSON; 'next' is the position of the next page.", "events",
            Query("from", "First position to return (1-based).", 1), Query("limit", $"Most events to return (1-{QueryEndpoints.MaxLimit}).", QueryEndpoints.DefaultLimit));
        paths["/api/views"] = Get("listViews", "Every view with its definition version and checkpoint.", "views");
        var viewOperation = Get("readView", "A page of a view's rows in key order, each with its kind, its key and its value as named fields (enums by member name); "
                + "'next' is the 'after' of the next page. An unknown query parameter is a 400.", "views",
            Query("prefix", "Only the rows under a key prefix: a JSON array of a row kind, then leading key fields as rows show them, "
                + "such as [\"location\",\"SKU-100\"] (codes in any case). URL-encode it.", null),
            Query("after", "The 'next' of the previous page (with the same prefix).", null),
            Query("limit", $"Most rows to return (1-{QueryEndpoints.MaxLimit}).", QueryEndpoints.DefaultLimit));
        var rowSchemas = new JsonArray();
        foreach (var view in api.Views)
        {
            if (ViewRowSchemas.Of(view) is { } rows)
            {
                schemas[ViewRowSchemas.Prefix + view.Name] = rows;
                rowSchemas.Add(new JsonObject { ["$ref"] = "#/components/schemas/" + ViewRowSchemas.Prefix + view.Name });
            }
        }

        var viewResponses = (JsonObject)viewOperation["get"]!["responses"]!;
        viewResponses["200"] = new JsonObject
        {
            ["description"] = "A page of rows.",
            ["content"] = new JsonObject
            {
                ["application/json"] = new JsonObject
                {
                    ["schema"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["view"] = new JsonObject { ["type"] = "string" },
                            ["rows"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["anyOf"] = rowSchemas } },
                            ["next"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = "The 'after' of the next page; null at the end." },
                        },
                        ["required"] = new JsonArray("view", "rows", "next"),
                    },
                },
            },
        };
        viewResponses["400"] = ProblemResponse("An unknown query parameter, a limit out of range, a malformed prefix or an 'after' of another page: 'field' names it.");
        viewResponses["404"] = ProblemResponse("There is no view of that name.");
        ((JsonArray)viewOperation["get"]!["parameters"]!).Insert(0, new JsonObject
        {
            ["name"] = "name",
            ["in"] = "path",
            ["required"] = true,
            ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(api.Views.Select(view => (JsonNode)view.Name).ToArray()) },
        });
        paths["/api/views/{name}"] = viewOperation;
        paths["/health"] = Get("health", "Whether the server takes commands, with the log head and queue depth. Never needs the token.", "operations");
        paths["/metrics"] = Get("metrics", "Prometheus text: commands, refusals, commit batches, queue depth, latency histogram.", "operations");
        paths["/openapi.json"] = Get("openApi", "This document.", "operations");
        if (api.Options.AllowClockAdvance)
        {
            paths["/api/clock/advance"] = new JsonObject
            {
                ["post"] = new JsonObject
                {
                    ["operationId"] = "advanceClock",
                    ["tags"] = new JsonArray("operations"),
                    ["summary"] = "The clock advances to toUnixMs: the node's time becomes at least that (never going back) and due timers fire. Only on servers started with --allow-clock-advance.",
                    ["requestBody"] = new JsonObject
                    {
                        ["required"] = true,
                        ["content"] = new JsonObject
                        {
                            ["application/json"] = new JsonObject
                            {
                                ["schema"] = new JsonObject
                                {
                                    ["type"] = "object",
                                    ["properties"] = new JsonObject { ["toUnixMs"] = new JsonObject { ["type"] = "integer", ["format"] = "int64" } },
                                    ["required"] = new JsonArray("toUnixMs"),
                                    ["additionalProperties"] = false,
                                },
                            },
                        },
                    },
                    ["responses"] = new JsonObject
                    {
                        ["200"] = new JsonObject { ["description"] = "{nowUnixMs, timerDecisions, timerEvents}" },
                        ["400"] = ProblemResponse("The body is not {\"toUnixMs\": T}."),
                    },
                },
            };
        }

        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Specs inventory",
                ["version"] = $"data format {DataFormat.Current}",
                ["description"] = "A multichannel inventory and warehouse service. Commands are POSTed as JSON (camelCase contract fields) "
                    + "with an optional Idempotency-Key header: a repeat with the same key and body returns the first answer and writes nothing. "
                    + "Without a key, a retried command may be recorded twice.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject { ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" } },
            },
        };
        if (api.Options.BearerToken is not null)
        {
            document["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() });
        }

        return JsonSerializer.SerializeToUtf8Bytes(document, OpenApiJsonContext.Default.JsonObject);
    }

    private static JsonObject ObjectSchema(ContractShape shape)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in shape.Fields)
        {
            var schema = TypeSchema(field.Type);
            schema["description"] = field.Descriptor.Description;
            if (field.Descriptor.IsOptional)
            {
                schema = new JsonObject
                {
                    ["description"] = field.Descriptor.Description,
                    ["oneOf"] = new JsonArray(WithoutDescription(schema), new JsonObject { ["type"] = "null" }),
                };
            }

            properties[field.JsonName] = schema;
            if (field.IsRequired)
            {
                required.Add(field.JsonName);
            }
        }

        var kind = shape.Descriptor.Kind switch
        {
            ContractKind.Command => $"Command {shape.Descriptor.Id}. ",
            ContractKind.Event => $"Event {shape.Descriptor.Id}. ",
            _ => string.Empty,
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["title"] = shape.Name,
            ["description"] = kind + shape.Descriptor.Description,
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject WithoutDescription(JsonObject schema)
    {
        schema.Remove("description");
        return schema;
    }

    private static JsonObject TypeSchema(FieldType type) => type.Kind switch
    {
        FieldKind.String => new JsonObject { ["type"] = "string" },
        FieldKind.Boolean => new JsonObject { ["type"] = "boolean" },
        FieldKind.Integer => new JsonObject
        {
            ["type"] = "integer",
            ["format"] = type.ClrType == typeof(long) ? "int64" : type.ClrType == typeof(int) ? "int32" : type.ClrType.Name.ToLowerInvariant(),
            ["minimum"] = JsonValue.Create(type.Minimum),
            ["maximum"] = JsonValue.Create(type.Maximum),
        },
        FieldKind.Number => new JsonObject { ["type"] = "number", ["format"] = "double" },
        FieldKind.Uuid => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
        FieldKind.Enum => new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray(Enum.GetNames(type.ClrType).Select(name => (JsonNode)name).ToArray()),
        },
        FieldKind.Table => new JsonObject { ["$ref"] = "#/components/schemas/" + type.Table!.Name },
        FieldKind.List => new JsonObject { ["type"] = "array", ["items"] = TypeSchema(type.Element!) },
        _ => throw new InvalidOperationException($"No schema for {type.Kind}."),
    };

    private static JsonObject CommandOperation(ContractShape command) => new()
    {
        ["operationId"] = char.ToLowerInvariant(command.Name[0]) + command.Name[1..],
        ["tags"] = new JsonArray("commands"),
        ["summary"] = command.Descriptor.Description,
        ["parameters"] = new JsonArray(
            new JsonObject
            {
                ["name"] = CommandEndpoint.IdempotencyKeyHeader,
                ["in"] = "header",
                ["required"] = false,
                ["description"] = "A repeat with the same key and body returns the first answer (also after a restart) and writes nothing; the same key with another body is refused with 422.",
                ["schema"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = EventStore.EventLogLimits.MaxIdempotencyKeyBytes },
            },
            new JsonObject
            {
                ["name"] = "If-Match",
                ["in"] = "header",
                ["required"] = false,
                ["description"] = "The version the command's stream must have, such as \"3\" (\"0\": it must not exist yet); otherwise 409 and nothing is written.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            }),
        ["requestBody"] = new JsonObject
        {
            ["required"] = true,
            ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/" + command.Name } } },
        },
        ["responses"] = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = "Accepted and committed. The ETag is the stream's version.",
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/CommandAccepted" } } },
            },
            ["400"] = ProblemResponse("Malformed JSON, an unknown command, a missing or ill-typed field: 'field' names it."),
            ["401"] = ProblemResponse("A bearer token is configured and the request did not carry it."),
            ["409"] = ProblemResponse("The stream's version is not the one If-Match expected."),
            ["413"] = ProblemResponse("The body is over the server's limit."),
            ["415"] = ProblemResponse("The body is not JSON."),
            ["422"] = ProblemResponse("A business rule refused the command ('ruleId', 'error', 'errorFields'), or the Idempotency-Key was used with another body."),
            ["501"] = ProblemResponse("The command is a contract, but no rules decide it in this build."),
            ["503"] = ProblemResponse("The input queue is full or the server is stopping; see Retry-After."),
        },
    };

    private static JsonObject ProblemResponse(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = Problem } } },
    };

    private static JsonObject Get(string operationId, string summary, string tag, params JsonObject[] parameters) => new()
    {
        ["get"] = new JsonObject
        {
            ["operationId"] = operationId,
            ["tags"] = new JsonArray(tag),
            ["summary"] = summary,
            ["parameters"] = new JsonArray(parameters),
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject { ["description"] = "OK" },
                ["400"] = ProblemResponse("A query parameter is out of range: 'field' names it."),
            },
        },
    };

    private static JsonObject Query(string name, string description, int? fallback)
    {
        var schema = fallback is { } value ? new JsonObject { ["type"] = "integer", ["default"] = value } : new JsonObject { ["type"] = "string" };
        return new JsonObject { ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = schema };
    }

    private static JsonObject ProblemSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "RFC 9457 problem details.",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string", ["description"] = "A stable URN naming the kind of problem." },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string", ["description"] = "What went wrong, in business words." },
            ["field"] = new JsonObject { ["type"] = "string", ["description"] = "For 400: the field, header or parameter at fault." },
            ["ruleId"] = new JsonObject { ["type"] = "string", ["description"] = "For a refusal: the rule's id in docs/domain-rules.md." },
            ["error"] = new JsonObject { ["type"] = "string", ["description"] = "For a refusal: the typed error's name." },
            ["errorFields"] = new JsonObject { ["type"] = "object", ["description"] = "For a refusal: the typed error's own fields (the SKU, the quantity short...); the rule's id is 'ruleId', not repeated here." },
        },
        ["required"] = new JsonArray("type", "title", "status", "detail"),
    };

    private static JsonObject AcceptedSchema() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["status"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("accepted") },
            ["command"] = new JsonObject { ["type"] = "string" },
            ["stream"] = new JsonObject { ["type"] = "string", ["description"] = "The stream the command was decided on." },
            ["eventCount"] = new JsonObject { ["type"] = "integer", ["description"] = "Events recorded (0: nothing needed to change)." },
            ["firstPosition"] = new JsonObject { ["type"] = "integer", ["description"] = "Log position of the first event recorded (0 when none)." },
            ["lastPosition"] = new JsonObject { ["type"] = "integer" },
            ["streamVersion"] = new JsonObject { ["type"] = "integer", ["description"] = "The stream's version afterwards: the next If-Match." },
            ["repeat"] = new JsonObject { ["type"] = "boolean", ["description"] = "Whether this is the stored answer to an earlier request with the same Idempotency-Key." },
        },
        ["required"] = new JsonArray("status", "command", "stream", "eventCount", "firstPosition", "lastPosition", "streamVersion", "repeat"),
    };
}

[System.Text.Json.Serialization.JsonSerializable(typeof(JsonObject))]
internal sealed partial class OpenApiJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
