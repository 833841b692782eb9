using System.Text.Json;

namespace Specs.Inventory.Host;

/// <summary>
/// An RFC 9457 problem document (<c>application/problem+json</c>): the status, a stable type URI,
/// a title, the detail in business words, and members of its own (the field at fault, the rule id,
/// the typed error's fields).
/// </summary>
internal static class Problem
{
    public const string ContentType = "application/problem+json";

    /// <summary>Problem type URIs: stable names clients can switch on (not links).</summary>
    public const string TypePrefix = "urn:specs-inventory:problem:";

    public static Task WriteAsync(HttpContext context, int status, string type, string title, string detail, Action<Utf8JsonWriter>? members = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return JsonResponse.WriteBodyAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", TypePrefix + type);
            writer.WriteString("title", title);
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            members?.Invoke(writer);
            writer.WriteEndObject();
        });
    }

    /// <summary>400 naming the field at fault (a JSON path, a header or a query parameter).</summary>
    public static Task BadRequestAsync(HttpContext context, string field, string detail) =>
        WriteAsync(context, StatusCodes.Status400BadRequest, "bad-request", "The request is not valid", detail, writer => writer.WriteString("field", field));
}
