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
    private const string Scheme = "Bearer ";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.Equals("/health", StringComparison.Ordinal) || IsAuthorized(context.Request.Headers.Authorization))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // RFC 6750 §3.1: a token that was sent and is wrong is "invalid_token"; a request without one gets the bare challenge.
        // The answer says which it was: "a token is required" to a caller who sent one sent them looking for a lost header.
        var sent = context.Request.Headers.Authorization.Count > 0;
        context.Response.Headers.WWWAuthenticate = sent ? "Bearer error=\"invalid_token\"" : "Bearer";
        await Problem.WriteAsync(context, StatusCodes.Status401Unauthorized, "unauthorized",
            sent ? "The Authorization header is not this server's bearer token" : "A bearer token is required",
            sent
                ? "This server requires 'Authorization: Bearer <token>' with the token it was started with; the header sent is another token, or another scheme."
                : "This server requires 'Authorization: Bearer <token>' with the token it was started with; the request has no Authorization header.",
            writer => writer.WriteString("field", "Authorization")).ConfigureAwait(false);
    }

    private bool IsAuthorized(Microsoft.Extensions.Primitives.StringValues values)
    {
        if (values.Count != 1 || values[0] is not { } given || given.Length > 4096)
        {
            return false;
        }

        // The scheme's name is case-insensitive (RFC 9110 §11.1: "bearer" is as good as "Bearer"); the token is not.
        if (!given.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(given[Scheme.Length..]);
        return CryptographicOperations.FixedTimeEquals(bytes, _expected);
    }
}
