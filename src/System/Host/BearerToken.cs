using System.Security.Cryptography;
using System.Text;

namespace Specs.Inventory.Host;

/// <summary>
/// When a token is configured, every request but <c>GET /health</c> must carry
/// <c>Authorization: Bearer &lt;token&gt;</c>; otherwise 401 before any endpoint runs. Compared in
/// constant time, so the answer's timing does not reveal how much of a guess was right.
/// </summary>
internal sealed class BearerToken(string token)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes("Bearer " + token);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.Equals("/health", StringComparison.Ordinal) || IsAuthorized(context.Request.Headers.Authorization))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Problem.WriteAsync(context, StatusCodes.Status401Unauthorized, "unauthorized", "A bearer token is required",
            "This server requires 'Authorization: Bearer <token>' with the token it was started with.",
            writer => writer.WriteString("field", "Authorization")).ConfigureAwait(false);
    }

    private bool IsAuthorized(Microsoft.Extensions.Primitives.StringValues values)
    {
        if (values.Count != 1 || values[0] is not { } given || given.Length > 4096)
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(given);
        return CryptographicOperations.FixedTimeEquals(bytes, _expected);
    }
}
