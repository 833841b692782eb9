using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Specs.Inventory.Contracts;
using Specs.Inventory.EventStore;
using Specs.Inventory.Node;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Host;

/// <summary>
/// <c>POST /api/commands/{name}</c>: reads the body into the named command (strictly, see
/// <see cref="ContractJsonReader"/>), submits it to the pipeline, and answers after the commit.
/// Every rejection of the request itself happens before the submit, so nothing is written for it.
/// </summary>
/// <remarks>
/// Answers: 200 accepted (the <see cref="CommandResponse"/>; <c>Idempotent-Replayed: true</c> on a
/// repeat), 400 bad request naming the field, 409 stream-version conflict, 413 body too large,
/// 415 not JSON, 422 refused by a rule or idempotency key reused with another request, 501 no decider
/// for the command yet, 503 queue full or stopping (with Retry-After), 507 store full. A cluster node
/// answers as <see cref="ClusterCommand"/> describes.
/// </remarks>
internal sealed class CommandEndpoint(ApiState api)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>
    /// The metrics' outcome of a repeat answered from its Idempotency-Key: a client's retry is not a second command,
    /// and counting it as accepted or refused again made retried traffic look like more business.
    /// </summary>
    private const string Replayed = "replayed";

    public async Task HandleAsync(HttpContext context, string name)
    {
        var started = Stopwatch.GetTimestamp();
        var label = api.Commands.ContainsKey(name) ? name : "unknown";
        var outcome = "failed";
        try
        {
            outcome = await RunAsync(context, name).ConfigureAwait(false);
        }
        finally
        {
            // A request that threw is answered 500 by the server's error handler; it still counts, as "failed".
            api.Metrics.CountCommand(label, outcome);
            api.Metrics.ObserveLatency(Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Answers the request; returns the outcome label for the metrics.</summary>
    private async Task<string> RunAsync(HttpContext context, string name)
    {
        if (!api.Commands.TryGetValue(name, out var shape))
        {
            await Problem.BadRequestAsync(context, "commandName",
                $"There is no command named '{Shorten(name)}'. GET /api/commands lists them; names are case-sensitive, such as CreateReason.").ConfigureAwait(false);
            return "invalid";
        }

        // A command takes everything in its body: a parameter in the URL (?dryRun=true, ?warehouse=MAIN) was ignored
        // and the command committed, doing what the caller may have meant not to do.
        if (context.Request.Query.Count > 0)
        {
            var parameter = context.Request.Query.Keys.First();
            await Problem.BadRequestAsync(context, parameter,
                $"'{Shorten(parameter)}' is not a parameter of POST /api/commands/{name}: a command takes no URL parameters, only its fields in the JSON body; nothing was written.").ConfigureAwait(false);
            return "invalid";
        }

        if (!TryReadHeaders(context, out var idempotencyKey, out var expectedVersion, out var headerProblem))
        {
            await Problem.BadRequestAsync(context, headerProblem.Field, headerProblem.Detail).ConfigureAwait(false);
            return "invalid";
        }

        // A missing Content-Type is refused like a wrong one: a browser sends none for a no-cors fetch of raw bytes,
        // a "simple" request that needs no preflight, so accepting it let any page post commands to a server on loopback.
        if (context.Request.ContentType is not { } contentType || !IsJson(contentType))
        {
            await Problem.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "The body must be JSON",
                context.Request.ContentType is { } given ? $"The body is '{Shorten(given)}'; send application/json." : "The request has no Content-Type; send application/json.").ConfigureAwait(false);
            return "invalid";
        }

        // The body is read as UTF-8 (RFC 8259 allows no other encoding): a UTF-16 body was accepted by its header and then
        // refused as "'0x00' is an invalid start of a property name", which sent the caller looking for a typo.
        if (Charset(contentType) is { } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            await Problem.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "The body must be JSON in UTF-8",
                $"The body is '{Shorten(contentType)}'; send it in UTF-8, as application/json or application/json; charset=utf-8.").ConfigureAwait(false);
            return "invalid";
        }

        var body = await RequestBody.ReadAsync(context, api.Options.MaxBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            await Problem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "body-too-large", "The body is too large",
                $"A command body may hold at most {api.Options.MaxBodyBytes} bytes.",
                writer => writer.WriteNumber("limit", api.Options.MaxBodyBytes)).ConfigureAwait(false);
            return "too_large";
        }

        ICommandContract command;
        try
        {
            using var document = JsonDocument.Parse(WithoutByteOrderMark(body.Value), new JsonDocumentOptions { MaxDepth = ContractJsonReader.MaxDepth });
            command = (ICommandContract)ContractJsonReader.Read(shape, document.RootElement);
        }
        catch (JsonException error)
        {
            await Problem.BadRequestAsync(context, string.Empty, JsonSyntaxError.Describe(error, body.Value, name)).ConfigureAwait(false);
            return "invalid";
        }
        catch (RequestFieldException error)
        {
            await Problem.BadRequestAsync(context, error.Field, error.Message).ConfigureAwait(false);
            return "invalid";
        }

        if (api.Cluster is { } cluster)
        {
            return await ClusterCommand.RunAsync(context, cluster, shape, command, idempotencyKey, expectedVersion,
                (answering, answered, response, repeat) => AnswerAsync(answering, answered, response, repeat, command)).ConfigureAwait(false);
        }

        PipelineReply reply;
        try
        {
            reply = await api.Pipeline!.Submit(new SubmitCommand(command, idempotencyKey, expectedVersion)).ConfigureAwait(false);
        }
        catch (NotSupportedException error)
        {
            await Problem.WriteAsync(context, StatusCodes.Status501NotImplemented, "not-implemented", "No rules decide this command yet",
                $"{name} is a contract, but this build has no decider for it: nothing was written. ({error.Message})").ConfigureAwait(false);
            return "not_implemented";
        }
        catch (Exception error) when (error is KeySizeException or ValueSizeException or ArgumentException)
        {
            // The command passed the contract but would break a storage limit (a stream name, key or
            // event too long). The pipeline ran it alone and kept nothing: the input was too large.
            await Problem.WriteAsync(context, StatusCodes.Status400BadRequest, "over-limit", "The command is over a storage limit",
                $"Nothing was written: {error.Message}", writer => writer.WriteString("field", string.Empty)).ConfigureAwait(false);
            return "invalid";
        }
        catch (StoreFullException error)
        {
            await Problem.WriteAsync(context, StatusCodes.Status507InsufficientStorage, "store-full", "The store is full",
                $"Nothing was written: {error.Message}").ConfigureAwait(false);
            return "failed";
        }
        catch (CommitFailedException error)
        {
            context.Response.Headers.RetryAfter = "1";
            await Problem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "commit-failed", "The commit failed",
                $"Nothing was written; retry with the same Idempotency-Key. ({error.Message})").ConfigureAwait(false);
            return "failed";
        }

        return await AnswerAsync(context, shape, reply, command).ConfigureAwait(false);
    }

    private async Task<string> AnswerAsync(HttpContext context, ContractShape shape, PipelineReply reply, ICommandContract command)
    {
        switch (reply)
        {
            case Busy busy:
                context.Response.Headers.RetryAfter = "1";
                await Problem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "busy", "The server is busy",
                    $"The input queue holds {busy.QueueCapacity} commands already; nothing was queued. Retry after a moment.").ConfigureAwait(false);
                return "busy";
            case Stopped:
                context.Response.Headers.RetryAfter = "5";
                await Problem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "stopping", "The server is shutting down",
                    "Nothing was queued; retry once the server is back.").ConfigureAwait(false);
                return "stopped";
            case Completed { Result: CommandOutcome { Response: var response, IsRepeat: var repeat } }:
                if (repeat)
                {
                    context.Response.Headers[ReplayedHeader] = "true";
                }

                return await AnswerAsync(context, shape, response, repeat, command).ConfigureAwait(false);
            default:
                throw new InvalidOperationException($"The pipeline answered a command with {reply}.");
        }
    }

    /// <summary>Writes a decided command's answer (also a cluster's, once its entry committed).</summary>
    internal async Task<string> AnswerAsync(HttpContext context, ContractShape shape, CommandResponse response, bool repeat, ICommandContract? command)
    {
        switch (response.Status)
        {
            case CommandStatus.Accepted:
                context.Response.Headers.ETag = $"\"{response.StreamVersion.ToString(CultureInfo.InvariantCulture)}\"";
                await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("status", "accepted");
                    writer.WriteString("command", shape.Name);
                    writer.WriteString("stream", response.Stream);
                    writer.WriteNumber("eventCount", response.EventCount);
                    writer.WriteNumber("firstPosition", response.FirstPosition);
                    writer.WriteNumber("lastPosition", response.LastPosition);
                    writer.WriteNumber("streamVersion", response.StreamVersion);
                    writer.WriteBoolean("repeat", repeat);
                    AnsweredIds.Write(writer, shape, command, response.Stream);
                    writer.WriteEndObject();
                }).ConfigureAwait(false);
                return repeat ? Replayed : "accepted";
            case CommandStatus.Refused:
                var refusal = response.Refusal!;
                if (!repeat)
                {
                    api.Metrics.CountRefusal(refusal.RuleId);
                }

                var typeName = refusal is Pipeline.UnrecognizedRefusal unrecognized ? unrecognized.TypeName : refusal.GetType().Name;
                await Problem.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "refused", typeName, refusal.Describe(), writer =>
                {
                    writer.WriteString("command", shape.Name);
                    writer.WriteString("ruleId", refusal.RuleId);
                    writer.WriteString("error", typeName);
                    writer.WritePropertyName("errorFields");
                    RefusalFields.Of(refusal).WriteTo(writer);
                    writer.WriteBoolean("repeat", repeat);
                }).ConfigureAwait(false);
                return repeat ? Replayed : "refused";
            case CommandStatus.VersionConflict:
                context.Response.Headers.ETag = $"\"{response.StreamVersion.ToString(CultureInfo.InvariantCulture)}\"";
                await Problem.WriteAsync(context, StatusCodes.Status409Conflict, "version-conflict", "The stream has another version",
                    $"The command's stream '{response.Stream}' is at version {response.StreamVersion}, not {response.ExpectedStreamVersion} as If-Match expected; nothing was written.",
                    writer =>
                    {
                        writer.WriteString("stream", response.Stream);
                        writer.WriteNumber("expectedVersion", response.ExpectedStreamVersion ?? 0);
                        writer.WriteNumber("actualVersion", response.StreamVersion);
                        writer.WriteBoolean("repeat", repeat);
                    }).ConfigureAwait(false);
                return repeat ? Replayed : "conflict";
            case CommandStatus.IdempotencyKeyReused:
                await Problem.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "The idempotency key was used for another request",
                    $"The Idempotency-Key was first sent with a different command or body; nothing was written. Use a new key for a new request.",
                    writer => writer.WriteString("field", IdempotencyKeyHeader)).ConfigureAwait(false);
                return "key_reused";
            default:
                throw new InvalidOperationException($"Unknown command status {response.Status}.");
        }
    }

    /// <summary>
    /// The body without a leading UTF-8 byte order mark, which RFC 8259 lets a parser ignore and some Windows clients
    /// send; System.Text.Json refuses it as "an invalid start of a value".
    /// </summary>
    private static ReadOnlySequence<byte> WithoutByteOrderMark(ReadOnlySequence<byte> body)
    {
        ReadOnlySpan<byte> mark = [0xEF, 0xBB, 0xBF];
        if (body.Length < mark.Length)
        {
            return body;
        }

        Span<byte> start = stackalloc byte[3];
        body.Slice(0, mark.Length).CopyTo(start);
        return start.SequenceEqual(mark) ? body.Slice(mark.Length) : body;
    }

    private static bool TryReadHeaders(HttpContext context, out string? idempotencyKey, out ulong? expectedVersion, out (string Field, string Detail) problem)
    {
        idempotencyKey = null;
        expectedVersion = null;
        problem = default;
        var headers = context.Request.Headers;
        if (headers.TryGetValue(IdempotencyKeyHeader, out var keys))
        {
            var key = keys.Count == 1 ? keys[0] : null;
            if (string.IsNullOrEmpty(key) || Encoding.UTF8.GetByteCount(key) > EventLogLimits.MaxIdempotencyKeyBytes || key.Any(char.IsControl))
            {
                problem = (IdempotencyKeyHeader, $"The Idempotency-Key header must be given once, with 1 to {EventLogLimits.MaxIdempotencyKeyBytes} bytes and no control characters.");
                return false;
            }

            idempotencyKey = key;
        }

        if (headers.TryGetValue("If-Match", out var matches))
        {
            var text = matches.Count == 1 ? matches[0]?.Trim() : null;
            if (text is { Length: >= 2 } && text[0] == '"' && text[^1] == '"')
            {
                text = text[1..^1];
            }

            if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                problem = ("If-Match", "The If-Match header must hold the stream version the command expects, a whole number such as \"3\" (0: the stream must not exist yet).");
                return false;
            }

            expectedVersion = version;
        }

        return true;
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The charset parameter of a Content-Type, without quotes; null when it names none.</summary>
    private static string? Charset(string contentType)
    {
        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return pair[1].Trim('"');
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}

/// <summary>Reads a request body up to a limit; null when it is over (answered 413 without reading the rest).</summary>
internal static class RequestBody
{
    public static async Task<ReadOnlySequence<byte>?> ReadAsync(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        var reader = context.Request.BodyReader;
        while (true)
        {
            System.IO.Pipelines.ReadResult result;
            try
            {
                result = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return null; // Kestrel's own limit, for a body without Content-Length
            }

            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }

            if (result.IsCompleted)
            {
                var copy = new ReadOnlySequence<byte>(buffer.ToArray());
                reader.AdvanceTo(buffer.End);
                return copy;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
