using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// Which scenario a host serves. Every id, key and seed the host uses is derived from it, so the same
/// scenario always records the same event ids, sends the same idempotency key and draws the same
/// server-generated ids: its record is data that two runs agree on.
/// </summary>
/// <param name="Uri">The feature file, relative to the run's folder.</param>
/// <param name="Line">The line of the scenario (or example row).</param>
/// <param name="Name">The scenario's name.</param>
public sealed record ScenarioIdentity(string Uri, long Line, string Name)
{
    /// <summary>How a report names the scenario: <c>path:line</c>.</summary>
    public string Location => string.Create(CultureInfo.InvariantCulture, $"{Uri}:{Line}");

    /// <summary>The seed of the system's id generator for this scenario.</summary>
    public ulong Seed => BinaryPrimitives.ReadUInt64BigEndian(Hash("seed", 0));

    /// <summary>The idempotency key the When is sent with (and sent with again under --idempotency).</summary>
    public string IdempotencyKey => "scenario-" + Convert.ToHexStringLower(Hash("idempotency-key", 0).AsSpan(0, 12));

    /// <summary>A UUID-shaped id (version 8, RFC 9562's custom layout) for the <paramref name="index"/>-th thing of a kind.</summary>
    public Guid DeriveId(string purpose, int index)
    {
        var bytes = Hash(purpose, index).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public override string ToString() => $"{Location} ({Name})";

    private byte[] Hash(string purpose, int index) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Uri}\n{Line}\n{Name}\n{purpose}\n{index}")));
}
