using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Specs.Runner.Discovery;

/// <summary>
/// Deterministic identifiers for every message of a run. Two runs over the same inputs give the same
/// ids, so the canonical NDJSON stream is byte-for-byte reproducible and diffable.
/// </summary>
/// <remarks>
/// The ids need to be stable and unique within a run, not secret, so they come from XXH128, a non-cryptographic
/// 128-bit hash. A run makes tens of thousands of them (every Gherkin element, pickle, test case and step), and
/// SHA-256 through the platform's crypto library cost about a microsecond and a half each: 45% of parsing the
/// corpus's features at start-up, before any scenario runs.
/// </remarks>
public static class StableId
{
    private const char Separator = '\u001f';

    /// <summary>A UUID-shaped id derived from the hash of the parts (joined by a separator no part contains).</summary>
    public static string From(params string[] parts)
    {
        var length = parts.Length;
        foreach (var part in parts)
        {
            length += Encoding.UTF8.GetMaxByteCount(part.Length);
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    rented[written++] = (byte)Separator;
                }

                written += Encoding.UTF8.GetBytes(parts[i], rented.AsSpan(written));
            }

            Span<byte> hash = stackalloc byte[16];
            XxHash128.Hash(rented.AsSpan(0, written), hash);
            // Version 8 ("custom") and the RFC 4122 variant mark the id as derived, not random.
            hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            return new Guid(hash, bigEndian: true).ToString();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Hex XXH128 of a text, used to tie ids to the exact content of a feature file.</summary>
    public static string ContentHash(string content) =>
        Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(content)));
}
