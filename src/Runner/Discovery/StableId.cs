using System.Security.Cryptography;
using System.Text;

namespace Specs.Runner.Discovery;

/// <summary>
/// Deterministic identifiers for every message of a run. Two runs over the same inputs give the same
/// ids, so the canonical NDJSON stream is byte-for-byte reproducible and diffable.
/// </summary>
public static class StableId
{
    /// <summary>A UUID-shaped id derived from the SHA-256 of the parts (joined by a separator no part contains).</summary>
    public static string From(params string[] parts)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)), hash);
        // Version 8 ("custom") and the RFC 4122 variant mark the id as derived, not random.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString();
    }

    /// <summary>Hex SHA-256 of a text, used to tie ids to the exact content of a feature file.</summary>
    public static string ContentHash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
