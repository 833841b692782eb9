using System.Globalization;
using System.Text.Json;
using Specs.Inventory.EventStore;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host;

/// <summary>
/// The read side: the log (<c>GET /api/events</c>), every view of the registry (<c>GET /api/views</c>,
/// <c>GET /api/views/{name}</c>), the command list, health and metrics. Each request reads one snapshot
/// of the store, so a page is consistent; views are listed generically from their tuple keys, so a new
/// view is on the API the moment it is in <see cref="InventoryViews.All"/>.
/// </summary>
internal sealed class QueryEndpoints(ApiState api)
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 1000;

    /// <summary>The query parameters of <c>GET /api/events</c>.</summary>
    private static readonly string[] EventParameters = ["from", "limit"];

    /// <summary><c>GET /api/events?from=&amp;limit=</c>: events from a position, decoded to JSON, with the next position to ask for.</summary>
    public async Task EventsAsync(HttpContext context)
    {
        if (await RefusedUnknownParameterAsync(context, EventParameters).ConfigureAwait(false))
        {
            return;
        }

        var fromProblem = QueryNumber(context, "from", 1, long.MaxValue, 1, out var from);
        var limitProblem = QueryNumber(context, "limit", 1, MaxLimit, DefaultLimit, out var limit);
        if ((fromProblem ?? limitProblem) is { } problem)
        {
            await problem(context).ConfigureAwait(false);
            return;
        }

        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            using var transaction = api.Store.BeginRead();
            using var cursor = EventLog.ReadAll(transaction, from, (int)limit);
            ulong? last = null;
            writer.WriteStartObject();
            writer.WriteNumber("head", EventLog.Head(transaction));
            writer.WriteStartArray("events");
            while (cursor.MoveNext())
            {
                var record = cursor.Record;
                var payload = record.DecodePayload();
                writer.WriteStartObject();
                writer.WriteNumber("position", cursor.Position);
                writer.WriteString("stream", record.Stream);
                writer.WriteNumber("streamVersion", record.StreamVersion);
                writer.WriteString("eventId", record.EventId);
                writer.WriteNumber("recordedAtUnixMs", record.RecordedAtUnixMs);
                if (record.IdempotencyKey is { } key)
                {
                    writer.WriteString("idempotencyKey", key);
                }

                var shape = api.Events[payload.ContractId];
                writer.WriteString("type", shape.Name);
                writer.WritePropertyName("data");
                ContractJsonWriter.Write(writer, shape, payload);
                writer.WriteEndObject();
                last = cursor.Position;
            }

            writer.WriteEndArray();
            // A next page exists when this one stopped at the limit before the head.
            WriteNext(writer, last is { } position && position < EventLog.Head(transaction) ? (position + 1).ToString(CultureInfo.InvariantCulture) : null);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    /// <summary><c>GET /api/views</c>: every view with its definition version and checkpoint.</summary>
    public Task ViewsAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            using var transaction = api.Store.BeginRead();
            writer.WriteStartObject();
            writer.WriteNumber("head", EventLog.Head(transaction));
            writer.WriteStartArray("views");
            var shared = ViewSetCheckpoint.Read(transaction);
            foreach (var view in api.Views)
            {
                var checkpoint = ViewCheckpoint.Read(transaction, view.Name, shared);
                writer.WriteStartObject();
                writer.WriteString("name", view.Name);
                writer.WriteNumber("version", view.Version);
                writer.WriteString("subspace", Convert.ToHexString(view.Subspace.Prefix));
                if (checkpoint is { } stored)
                {
                    writer.WriteNumber("checkpointVersion", stored.Version);
                    writer.WriteNumber("checkpointPosition", stored.Position);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>
    /// Answers 400 naming the first query parameter that is not one of <paramref name="known"/>: a misspelt filter or
    /// position (<c>?sku=</c>, <c>?form=</c>) would otherwise answer with the unfiltered data, which looks like an answer.
    /// </summary>
    private static async Task<bool> RefusedUnknownParameterAsync(HttpContext context, string[] known)
    {
        if (context.Request.Query.Keys.FirstOrDefault(key => !known.Contains(key, StringComparer.Ordinal)) is not { } unknown)
        {
            return false;
        }

        var shown = unknown.Length <= 80 ? unknown : unknown[..80];
        await Problem.BadRequestAsync(context, shown,
            $"'{shown}' is not a parameter of this endpoint; it takes {string.Join(", ", known.SkipLast(1))} and {known[^1]}.").ConfigureAwait(false);
        return true;
    }

    /// <summary>The query parameters of <c>GET /api/views/{name}</c>; any other is refused rather than ignored.</summary>
    private static readonly string[] ViewParameters = ["prefix", "after", "limit"];

    /// <summary>
    /// <c>GET /api/views/{name}?prefix=&amp;after=&amp;limit=</c>: a page of the view's rows in key order, each with its
    /// kind and its key and value as named fields (<see cref="ViewRowWriter"/>). <c>prefix</c> keeps the rows under a
    /// key prefix (<see cref="ViewKeyPrefix"/>); <c>after</c> is the opaque <c>next</c> of the previous page. An unknown
    /// parameter is a 400: a misspelt filter would otherwise answer with the unfiltered view, which looks like an answer.
    /// </summary>
    public async Task ViewAsync(HttpContext context, string name)
    {
        if (!api.ViewsByName.TryGetValue(name, out var view))
        {
            await Problem.WriteAsync(context, StatusCodes.Status404NotFound, "unknown-view", "There is no such view",
                $"No view is named '{(name.Length <= 80 ? name : name[..80])}'. GET /api/views lists them.", writer => writer.WriteString("field", "name")).ConfigureAwait(false);
            return;
        }

        if (await RefusedUnknownParameterAsync(context, ViewParameters).ConfigureAwait(false))
        {
            return;
        }

        if (QueryNumber(context, "limit", 1, MaxLimit, DefaultLimit, out var limit) is { } problem)
        {
            await problem(context).ConfigureAwait(false);
            return;
        }

        var range = view.Subspace.Range();
        if (context.Request.Query.TryGetValue("prefix", out var prefixValues))
        {
            var detail = "'prefix' must be given once.";
            if (prefixValues.Count != 1 || ViewKeyPrefix.Parse(view, prefixValues[0] ?? string.Empty, out detail) is not { } under)
            {
                await Problem.BadRequestAsync(context, "prefix", detail).ConfigureAwait(false);
                return;
            }

            range = under;
        }

        var begin = range.Begin;
        if (context.Request.Query.TryGetValue("after", out var afterValues))
        {
            if (!TryCursor(afterValues.ToString(), out var after) || !view.Subspace.Contains(after) || !range.Contains(after))
            {
                await Problem.BadRequestAsync(context, "after", "'after' must be the 'next' of a previous page of this view, with the same prefix.").ConfigureAwait(false);
                return;
            }

            begin = KeyAfter(after);
        }

        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            using var transaction = api.Store.BeginRead();
            using var cursor = transaction.Range(begin, range.End, limit: (int)limit + 1);
            byte[]? lastKey = null;
            var count = 0;
            var more = false;
            writer.WriteStartObject();
            writer.WriteString("view", view.Name);
            writer.WriteStartArray("rows");
            while (cursor.MoveNext())
            {
                if ((ulong)count == limit)
                {
                    more = true;
                    break;
                }

                ViewRowWriter.Write(writer, view, cursor.Key, cursor.Value);
                lastKey = cursor.Key.ToArray();
                count++;
            }

            writer.WriteEndArray();
            WriteNext(writer, more && lastKey is not null ? Base64Url(lastKey) : null);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    /// <summary><c>GET /api/commands</c>: every command of the catalog, with its description.</summary>
    public Task CommandsAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("commands");
            foreach (var shape in api.Commands.Values.OrderBy(shape => shape.Descriptor.Id))
            {
                writer.WriteStartObject();
                writer.WriteString("name", shape.Name);
                writer.WriteNumber("contractId", shape.Descriptor.Id);
                writer.WriteString("description", shape.Descriptor.Description);
                writer.WriteString("path", "/api/commands/" + shape.Name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary><c>GET /health</c>: 200 while the pipeline takes commands, with the log head and queue depth.</summary>
    public Task HealthAsync(HttpContext context)
    {
        ulong head;
        using (var transaction = api.Store.BeginRead())
        {
            head = EventLog.Head(transaction);
        }

        var statistics = api.Statistics;
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("status", "ok");
            writer.WriteNumber("head", head);
            writer.WriteNumber("queueDepth", statistics.QueueDepth);
            writer.WriteNumber("dataFormat", DataFormat.Current);
            if (api.Cluster is { } cluster)
            {
                var status = cluster.Status;
                writer.WriteNumber("node", status.Node);
                writer.WriteString("role", cluster.Halted is null ? status.Role.ToString().ToLowerInvariant() : "halted");
                writer.WriteNumber("term", status.Term);
                writer.WriteNumber("leader", status.Leader);
                writer.WriteNumber("commitIndex", status.CommitIndex);
                writer.WriteNumber("lastIndex", status.LastIndex);
            }
            writer.WriteEndObject();
        });
    }

    /// <summary><c>GET /metrics</c>: Prometheus text.</summary>
    public async Task MetricsAsync(HttpContext context)
    {
        ulong head;
        using (var transaction = api.Store.BeginRead())
        {
            head = EventLog.Head(transaction);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await context.Response.WriteAsync(api.Metrics.Render(api.Statistics, head), context.RequestAborted).ConfigureAwait(false);
    }

    public async Task OpenApiAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = JsonResponse.ContentType;
        context.Response.ContentLength = api.OpenApi.Length;
        await context.Response.Body.WriteAsync(api.OpenApi, context.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteNext(Utf8JsonWriter writer, string? next)
    {
        if (next is null)
        {
            writer.WriteNull("next");
        }
        else
        {
            writer.WriteString("next", next);
        }
    }

    private static byte[] KeyAfter(byte[] key)
    {
        var next = new byte[key.Length + 1];
        key.CopyTo(next, 0);
        return next; // the smallest key greater than key: key followed by 0x00
    }

    private static string Base64Url(byte[] key) => Convert.ToBase64String(key).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryCursor(string text, out byte[] key)
    {
        key = [];
        if (text.Length is 0 or > 1024)
        {
            return false;
        }

        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 += (base64.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        try
        {
            key = Convert.FromBase64String(base64);
            return key.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Reads a whole-number query parameter; on a bad value returns the 400 to answer.</summary>
    private static Func<HttpContext, Task>? QueryNumber(HttpContext context, string name, ulong minimum, ulong maximum, ulong fallback, out ulong value)
    {
        value = fallback;
        if (!context.Request.Query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count == 1 && ulong.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= minimum && value <= maximum)
        {
            return null;
        }

        // "must be a whole number" of ?from=1&from=2 sent the caller to check two good numbers.
        return values.Count > 1
            ? answer => Problem.BadRequestAsync(answer, name, $"'{name}' is given {values.Count} times; give it once, a whole number from {minimum} to {maximum}.")
            : answer => Problem.BadRequestAsync(answer, name, $"'{name}' must be a whole number from {minimum} to {maximum}.");
    }
}
