using System.Buffers;
using System.Text.Json;

namespace Specs.Inventory.Host;

/// <summary>Writes a JSON body with <see cref="Utf8JsonWriter"/>: no reflection, the bytes written once.</summary>
internal static class JsonResponse
{
    public const string ContentType = "application/json";

    /// <summary>Quotes and apostrophes as themselves: bodies are served as JSON, never embedded in HTML.</summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return WriteBodyAsync(context, body);
    }

    public static async Task WriteBodyAsync(HttpContext context, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            body(writer);
        }

        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
