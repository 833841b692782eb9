using System.Text.Json;
using Specs.Inventory.Node;
using Specs.Inventory.Pipeline;

namespace Specs.Inventory.Host;

/// <summary>
/// <c>POST /api/clock/advance</c> with <c>{"toUnixMs": T}</c>: "the clock advances to T" — the node's
/// time becomes at least T (it never goes back) and every timer rule due by then (hold expiry, lot
/// expiry) fires through the pipeline, like commands. Only mapped when the server was started with
/// <see cref="ServerOptions.AllowClockAdvance"/>: in production the wall clock alone moves time, and
/// no caller may fast-forward expiries.
/// </summary>
internal sealed class ClockEndpoint(ApiState api)
{
    /// <summary>The latest time the clock can be advanced to: 9999-12-31T23:59:59.999Z.</summary>
    public const long LatestUnixMs = 253_402_300_799_999;

    public async Task HandleAsync(HttpContext context)
    {
        var body = await RequestBody.ReadAsync(context, api.Options.MaxBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            await Problem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "body-too-large", "The body is too large",
                $"A body may hold at most {api.Options.MaxBodyBytes} bytes.").ConfigureAwait(false);
            return;
        }

        long toUnixMs;
        try
        {
            using var document = JsonDocument.Parse(body.Value, new JsonDocumentOptions { MaxDepth = ContractJsonReader.MaxDepth });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("toUnixMs", out var value)
                || !JsonWholeNumber.TryRead(value, out var whole)
                || whole < long.MinValue || whole > long.MaxValue
                || document.RootElement.EnumerateObject().Count() != 1)
            {
                await Problem.BadRequestAsync(context, "toUnixMs", "The body must be {\"toUnixMs\": T}, T a whole number of Unix milliseconds.").ConfigureAwait(false);
                return;
            }

            toUnixMs = (long)whole;
        }
        catch (JsonException error)
        {
            await Problem.BadRequestAsync(context, string.Empty, $"The body is not valid JSON: {error.Message}").ConfigureAwait(false);
            return;
        }

        // Every event until a restart is stamped with the clock's time, and after a restart the wall clock is back:
        // a time past the year 9999 (microseconds typed for milliseconds) would leave the log going backwards.
        if (toUnixMs is < 0 or > LatestUnixMs)
        {
            await Problem.BadRequestAsync(context, "toUnixMs", $"T must be from 0 to {LatestUnixMs} (the end of the year 9999) Unix milliseconds; it is {toUnixMs}.").ConfigureAwait(false);
            return;
        }

        switch (await api.Pipeline!.Submit(new AdvanceClock(toUnixMs)).ConfigureAwait(false))
        {
            case Completed { Result: ClockAdvanced advanced }:
                await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("nowUnixMs", advanced.NowUnixMs);
                    writer.WriteNumber("timerDecisions", advanced.TimerDecisions);
                    writer.WriteNumber("timerEvents", advanced.TimerEvents);
                    writer.WriteEndObject();
                }).ConfigureAwait(false);
                return;
            case Busy or Stopped:
                context.Response.Headers.RetryAfter = "1";
                await Problem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "busy", "The server is busy or stopping",
                    "Nothing was queued; retry after a moment.").ConfigureAwait(false);
                return;
            case var other:
                throw new InvalidOperationException($"The pipeline answered a clock advance with {other}.");
        }
    }
}
